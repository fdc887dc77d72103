"""FIM groups inside groups on a real export (the Gewerbeanmeldung, tests/data/fim/real/):
the kiosk asks them at every depth FIM nests them (a repeated group three levels down
repeats), and the data the case system receives keeps the Stammdatenschema's nesting,
field by field."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from forms.answers import Entries, answers_from_json, answers_to_json, is_given
from forms.display import display
from forms.fachdaten import data_schema
from forms.fim import import_fim
from forms.loader import load_form
from forms.model import Condition, FieldDef, FormDef
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


def _kept(group: FieldDef, path: list[str]) -> list[tuple[str, list[str]]]:
    """What the kiosk asks of ``group``: each field's FIM id with the FIM groups above it
    (the groups inside the group, then the flattened 1:1 ones)."""
    found: list[tuple[str, list[str]]] = []
    for sub in group.fields:
        steps = [*path, *(s.fim_id for s in sub.fim_path)]
        if sub.type == "group":
            found.extend(_kept(sub, [*steps, str(sub.fim_id)]))
        else:
            found.append((str(sub.fim_id), steps))
    return found


def test_every_field_of_the_owner_keeps_its_fim_groups(tmp_path: Path) -> None:
    result = import_fim(GEWERBE, "fim-gewerbe")
    form = _form(tmp_path, result.definition)
    root = ET.parse(GEWERBE).getroot()  # our own test data
    owner_xml = next(g for g in root.iter() if _local(g.tag) == "datenfeldgruppe"
                     and _fim_id(g) == "G00000091V1.0")
    owner = form.field("betriebsinhaber")
    published = [(fid, [g for g, _ in path]) for fid, path in _asked(owner_xml, [])]
    assert _kept(owner, []) == published
    assert len(published) == 77
    # The groups inside the owner are groups at the kiosk, with their published bounds:
    # the sole owner and the managing partner once at most, up to 20 legal representatives.
    inner = {sub.fim_id: (sub.required, sub.min_items, sub.max_items, len(sub.fields))
             for sub in owner.fields if sub.type == "group"}
    assert inner == {"G00000100V1.0": (False, 1, 1, 2), "G00000248V1.0": (False, 1, 1, 19),
                     "G00000250V1.0": (False, 1, 1, 19), "G00000249V1.0": (False, 1, 20, 19)}
    representative = form.field("betriebsinhaber").fields[-1]
    assert representative.id == "gesetzlicher_vertreter_juristische_person"
    # Level 3: each representative's nationalities (1:*) repeat, his permit (0:1) is a
    # group of its own — both as published, none flattened.
    third = {sub.fim_id: (sub.required, sub.min_items, sub.max_items,
                          [s.fim_id for s in sub.fields])
             for sub in representative.fields if sub.type == "group"}
    assert third == {
        "G00000247V1.0": (False, 1, 20, ["F00000039V1.0", "F00000156V1.0"]),
        "G00000099V1.0": (False, 1, 1, ["F00000127V1.0", "F00000004V1.0", "F00000175V1.0",
                                        "F00000128V1.0", "F00000129V1.0"])}
    nationalities = next(s for s in representative.fields if s.fim_id == "G00000247V1.0")
    assert [s.fim_path for s in nationalities.fields] == [(), ()]
    permit = next(s for s in representative.fields if s.fim_id == "G00000099V1.0")
    assert [s.required for s in permit.fields] == [True, False, False, False, False]
    # The 1:1 Person between them is flattened (exact), and keeps its place in fim_path.
    family = next(sub for sub in representative.fields if sub.fim_id == "F00000013V1.0")
    assert [(s.fim_id, s.anzahl) for s in family.fim_path] == [("G00000093V1.0", "1:1")]
    ids = form.fim_ids()
    assert ids["paths"]["betriebsinhaber.gesetzlicher_vertreter_juristische_person."
                        "familienname_3"] == [{"fim_id": "G00000093V1.0", "anzahl": "1:1"}]
    assert ids["fields"]["betriebsinhaber.gesetzlicher_vertreter_juristische_person"] == \
        "G00000249V1.0"
    assert ids["fields"]["betriebsinhaber.gesetzlicher_vertreter_juristische_person."
                         "staatsangehorigkeit_unscharf_3.staatsangehorigkeit_3"] == \
        "F00000039V1.0"
    # Nothing optional or repeated is flattened or asked once any more.
    assert not [f for f in result.findings if "asked once" in f.what
                or "inside a group: flattened" in f.what]
    # A 1:* group of optional fields only: an empty entry is valid in FIM; said so.
    assert [f.what for f in result.findings if f.fim_id == "G00000247V1.0"].count(
        "anzahl 1:* with no required field: an empty entry is valid in FIM, and the kiosk "
        "keeps no empty entry; optional") == 3


def test_the_case_system_receives_the_answers_nested_as_published(tmp_path: Path) -> None:
    form = _form(tmp_path, import_fim(GEWERBE, "fim-gewerbe").definition)
    answers = dict(sample_answers(form, TODAY))
    partner = {"familienname_2": "Muster", "vornamen_2": "Erika", "geschlecht_2": "w",
               "jahr_2": "1980", "strasse_2": "Heidestraße",
               "staatsangehorigkeit_unscharf_2": Entries(({"staatsangehorigkeit_2": "000"},)),
               "hausnummer_2": "17", "postleitzahl_2": "51147", "ort_2": "Köln",
               "telefon_2": "0221 12345", "telefax_2": "0221 12346"}
    representatives = [
        {"familienname_3": name, "vornamen_3": "Max", "geschlecht_3": "m", "jahr_3": "1975",
         "strasse_3": "Ring", "postleitzahl_3": "50667", "ort_3": "Köln",
         "telefon_3": "0221 2", "telefax_3": "0221 3"} for name in ("Beispiel", "Zweiter")]
    group = form.field("betriebsinhaber")
    vertreter = next(sub for sub in group.fields if sub.fim_id == "G00000249V1.0")
    # A representative's person is required as FIM says, within that representative.
    started = {"familienname_3": "Beispiel", "vornamen_3": "Max"}
    assert sorted(entry_problems(vertreter.fields, started)) == [
        "geschlecht_3", "jahr_3", "ort_3", "postleitzahl_3", "strasse_3", "telefax_3",
        "telefon_3"]
    owner: dict[str, str | Entries] = {
        "rechtsform_gewerbeanzeige": "GmbH",
        "registereintrag": Entries(({"ort_des_registereintrags": "Köln",
                                     "nummer_des_registereintrages": "4711"},)),
        "geschaftsfuhrender_gesellschafter": Entries((partner,)),
        "gesetzlicher_vertreter_juristische_person": Entries(tuple(representatives))}
    answers["betriebsinhaber"] = Entries((owner,))
    assert validate_form(form, answers, TODAY) == {}
    answers["betriebsinhaber"] = Entries(({**owner, "gesetzlicher_vertreter_juristische_"
                                           "person": Entries((started,))},))
    assert set(validate_form(form, answers, TODAY)) == {"betriebsinhaber"}
    answers["betriebsinhaber"] = Entries((owner,))
    record = sample_record(form, answers=answers, vorgangsnummer="FIM-2",
                           signed_at=datetime(2026, 6, 1, tzinfo=UTC))
    data = read_application_data(render(record))

    def person(name: str) -> dict[str, Any]:
        return {"G00000093V1.0": {
            "F00000013V1.0": name, "F00000154V1.0": "Max", "F00000065V1.0": "m",
            "G00000234V1.0": {"F00000204V1.0": "1975"},
            "G00000119V1.0": {"G00000111V1.0": {"F00000053V1.0": "Ring"},
                              "G00000113V1.0": {"F00000054V1.0": "50667",
                                                "F00000035V1.0": "Köln"}},
            "G00000092V1.0": {"F00000069V1.0": "0221 2", "F00000072V1.0": "0221 3"}}}

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
        "G00000249V1.0": [person("Beispiel"), person("Zweiter")],
    }]
    # The review and the PDF show each representative in brackets within the owner.
    shown = display(group, answers["betriebsinhaber"], "de")
    assert "Gesetzlicher Vertreter: (Familienname: Beispiel; Vornamen: Max;" in shown
    assert ") (Familienname: Zweiter;" in shown
    # The one codec writes and reads a group inside a group (forms render --data too).
    assert answers_from_json(form, json.loads(json.dumps(answers_to_json(form, answers)))) \
        == {k: v for k, v in answers.items() if is_given(v)}
    # The PDF's JSON holds the answers nested as the kiosk asked them, too.
    assert data["answers"]["betriebsinhaber"][0]["gesetzlicher_vertreter_juristische_"
                                                 "person"][1]["familienname_3"] == "Zweiter"
    # A field outside groups stays at the top; a 1:1 section's group is an object.
    assert data["fim_data"]["F00000152V1.0"] == answers["name_der_entgegennehmenden_gemeinde"]
    assert isinstance(data["fim_data"]["G00000095V1.0"], dict)
    # The Fachdaten schema names both, and the groups inside groups.
    metadata = data_schema(form)["properties"]["metadata"]["properties"]
    assert {"fim_ids", "fim_data"} <= set(metadata)
    owner_schema = metadata["answers"]["properties"]["betriebsinhaber"]["items"]
    assert owner_schema["properties"]["gesetzlicher_vertreter_juristische_person"][
        "maxItems"] == 20
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
    permits = form.field("erlaubnisse_und_genehmigungen")
    card_group = next(sub for sub in permits.fields if sub.id == "existenz_handwerkskarte")
    subs = {sub.id: sub for sub in card_group.fields}
    chamber, issued = subs["name_der_handwerkskammer"], subs["ausstellungsdatum_5"]
    assert (chamber.required, chamber.required_if, chamber.visible_if) == (
        False, Condition("vorliegen_einer_handwerkskarte", equals="yes"),
        Condition("vorliegen_einer_handwerkskarte", equals="yes"))
    # F00000004 is placed five times: the rule means the date of its own group.
    assert issued.visible_if == Condition("vorliegen_einer_handwerkskarte", equals="yes")
    permit_group = next(sub for sub in permits.fields if sub.id == "existenz_erlaubnis")
    assert all(sub.visible_if is None for sub in permit_group.fields)
    card = {"vorliegen_einer_handwerkskarte": "yes"}
    none = {"vorliegen_einer_handwerkskarte": "no", "ausstellungsdatum_5": "01.02.2020",
            "name_der_handwerkskammer": "HWK Köln"}
    assert entry_problems(card_group.fields, card) == {"name_der_handwerkskammer": REQUIRED}
    assert entry_problems(card_group.fields, card | {"name_der_handwerkskammer": "HWK"}) == {}
    assert entry_problems(card_group.fields, none) == {}  # hidden: not checked
    answers = dict(sample_answers(form, TODAY))
    answers[permits.id] = Entries(({card_group.id: Entries((card,))},))
    assert set(validate_form(form, answers, TODAY)) == {permits.id}
    answers[permits.id] = Entries(({card_group.id: Entries((none,))},))
    assert validate_form(form, answers, TODAY) == {}
    # What the rules hide is not submitted.
    kept = visible_answers(form, answers)[permits.id]
    assert isinstance(kept, Entries)
    inner = kept.items[0][card_group.id]
    assert isinstance(inner, Entries)
    assert [dict(i) for i in inner.items] == [{"vorliegen_einer_handwerkskarte": "no"}]


def test_the_screen_applies_the_rules_of_each_entry(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.fields import FieldWidget  # Qt only for this test

    form = _form(tmp_path, import_fim(_with_rules(tmp_path), "fim-gewerbe").definition)
    widget = FieldWidget(form.field("erlaubnisse_und_genehmigungen"))
    qtbot.addWidget(widget)
    assert widget.group is not None
    ((_frame, outer, _remove, _title),) = widget.group.entries
    nested = outer["existenz_handwerkskarte"]
    group = nested.group  # the group inside the group: its own cards
    assert group is not None
    group.set_value(Entries(({"vorliegen_einer_handwerkskarte": "yes"},)))
    ((_frame, first, _remove, _title),) = group.entries
    assert not first["name_der_handwerkskammer"].isHidden()
    assert first["name_der_handwerkskammer"].required_now
    assert not group.validate_entries()  # the entry lacks its chamber
    assert not widget.group.validate_entries()  # and so does the outer entry
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
    value = widget.value()  # the outer group's answer holds the inner one's
    assert isinstance(value, Entries)
    assert value.items[0]["existenz_handwerkskarte"] == Entries(
        ({"vorliegen_einer_handwerkskarte": "no"},))


def test_groups_nest_as_deep_as_fim_and_no_deeper(tmp_path: Path) -> None:
    from forms.model import MAX_GROUP_DEPTH, FormDefinitionError

    def nest(depth: int) -> dict[str, Any]:
        item: dict[str, Any] = {"id": "name", "type": "text", "label": "Name"}
        for level in range(depth, 0, -1):
            item = {"id": f"g{level}", "type": "group", "label": f"G{level}",
                    "fields": [item]}
        return item

    definition = {"id": "tief", "version": 1, "title": "T", "description": "D",
                  "fee": {"amount_cents": 0, "currency": "EUR", "legal_basis": "L"},
                  "sections": [{"id": "s", "title": "S", "fields": [nest(MAX_GROUP_DEPTH)]}]}
    assert MAX_GROUP_DEPTH == 8  # the real schemas nest up to 6 (S00000000362)
    item = _form(tmp_path, definition).field("g1")
    levels = [item.id]
    while item.fields[0].type == "group":
        item = item.fields[0]
        levels.append(item.id)
    assert levels == [f"g{n}" for n in range(1, MAX_GROUP_DEPTH + 1)]
    definition["sections"][0]["fields"] = [nest(MAX_GROUP_DEPTH + 1)]
    with pytest.raises(FormDefinitionError) as caught:
        _form(tmp_path, definition)
    assert caught.value.key == "sections[0].fields[0]" + ".fields[0]" * MAX_GROUP_DEPTH + ".type"
    assert "must be one of: address, choice" in str(caught.value.message.untranslated())
