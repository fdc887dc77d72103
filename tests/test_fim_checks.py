"""FIM rules between several fields: "at least one of", "at most one of", "exactly one
of" and an order of two numbers — read from scripts and German free text, mapped to the
form's checks, checked by the validation; the rest named with the reason."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from forms.answers import Entries
from forms.fim import import_fim
from forms.fim_checks import apply_rule, presence_script
from forms.fim_freetext import Presence, free_text_rule
from forms.fim_rules import FieldTable, KnownField, RuleNotMapped
from forms.loader import load_form
from forms.model import FormDef, FormDefinitionError
from forms.samples import sample_answers, sample_value
from forms.validation import validate_form

REAL = Path(__file__).resolve().parent / "data" / "fim" / "real"
BLAUE_KARTE = REAL / "blaue-karte" / "BlaueKarte.xml"
XDF2 = "urn:xoev-de:fim:standard:xdatenfelder_2"
TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(("sentence", "read"), [
    ('Mindestens eines der Felder "F00000069 Telefon", "F00000072 Telefax" und '
     '"F00000071 E-Mail" muss befüllt werden.',
     Presence(("F00000069", "F00000072", "F00000071"))),
    ('Es muss mindestens eine der Angaben „F1 Telefon“ oder „F2 E-Mail“ angegeben werden.',
     Presence(("F1", "F2"))),
    ('Es darf nur eines der Felder "F1 Straße" und "F2 Postfach" befüllt werden.',
     Presence(("F1", "F2"), least=False, most=True)),
    ('Entweder "G00000237 Straßenanschrift" oder "G00000238 Postfachanschrift" ist '
     'anzugeben.', Presence(("G00000237", "G00000238"), most=True)),
    ('Wenn "F00000128 Beschränkung vorhanden" befüllt ist, dann ist "F00000129 '
     'Beschränkungen" eine Pflichtangabe.', "F00000129.pflicht = istGesetzt(F00000128);"),
    # The FIM portal's xdf3 exports: the id before the quoted name (real rule texts).
    ('Es muss mindestens eines der Felder F60000000240 "Telefon", F60000000241 "Telefax" '
     'oder F60000000242 "E-Mail" befüllt sein.',
     Presence(("F60000000240", "F60000000241", "F60000000242"))),
    ('Es muss entweder Feldgruppe G60000000086 "Anschrift Inland Straßenanschrift" oder '
     'Feldgruppe G60000000087 "Anschrift Inland Postfachanschrift" befüllt werden.',
     Presence(("G60000000086", "G60000000087"), most=True)),
    ('Wenn das Feld F60000000263 "Abfrage Anschrift Inland oder Ausland" = 001 "in '
     'Deutschland", dann muss die Feldgruppe G60000000086 "Anschrift Inland '
     'Straßenanschrift" befüllt sein. Wenn das Feld F60000000263 "Abfrage Anschrift Inland '
     'oder Ausland" <> 001 "in Deutschland", dann darf die Feldgruppe G60000000086 '
     '"Anschrift Inland Straßenanschrift" nicht befüllt sein.',
     "G60000000086.sichtbar = F60000000263 == '001'; "
     "G60000000086.pflicht = F60000000263 == '001';"),
    ('Wenn das Feld F60000000352 "Vertretung" = 003 "Ja, durch einen gesetzlichen Vertreter '
     '(juristische Person)." ODER = 005 "Ja, durch einen Bevollmächtigten (juristische '
     'Person).", dann muss die Datenfeldgruppe G60000000223 "Gesetzlicher Vertreter" befüllt '
     'sein. Wenn das Feld F60000000352 "Vertretung" <> 003 "Ja." UND <> 005 "Ja.", dann darf '
     'die Datenfeldgruppe G60000000223 "Gesetzlicher Vertreter" nicht befüllt sein.',
     "G60000000223.sichtbar = F60000000352 == '003' || F60000000352 == '005'; "
     "G60000000223.pflicht = F60000000352 == '003' || F60000000352 == '005';"),
    ('WENN das Datenfeld F05000019519 "Abfrage Nachweis Sprachkenntnisse" = "wahr", DANN muss '
     'das Datenfeld F05000019528 "Sprachzertifikat" befüllt werden. WENN das Datenfeld '
     'F05000019519 "Abfrage Nachweis Sprachkenntnisse" <> "wahr", DANN darf das Datenfeld '
     'F05000019528 "Sprachzertifikat" nicht angezeigt werden.',
     "F05000019528.sichtbar = F05000019519 == true; "
     "F05000019528.pflicht = F05000019519 == true;"),
    # The two sentences name different codes: not one rule of a shape, not read.
    ('Wenn das Feld F1 "A" = 001 "x", dann muss die Feldgruppe G2 "B" befüllt sein. Wenn '
     'das Feld F1 "A" <> 002 "y", dann darf die Feldgruppe G2 "B" nicht befüllt sein.', None),
    ('Wenn F60000000231 "Tag (ohne Monat und Jahr)" nicht leer, dann darf F60000000232 '
     '"Monat" nicht leer sein.', "F60000000232.pflicht = istGesetzt(F60000000231);"),
    ("Die Angaben sind vollständig zu machen.", None),
    ('Mindestens eines der Felder "F1 Telefon" muss befüllt werden.', None),  # one field
])
def test_free_text_shapes(sentence: str, read: str | Presence | None) -> None:
    assert free_text_rule(sentence) == read


@pytest.mark.parametrize(("script", "read"), [
    ("if (istLeer(Telefon) && istLeer(EMail)) error('Telefon oder E-Mail angeben');",
     (Presence(("Telefon", "EMail")), "Telefon oder E-Mail angeben")),
    ("if (!istGesetzt(a) && b.wert == '' && c === null) { fehler(); }",
     (Presence(("a", "b", "c")), "")),
    ("if (istGesetzt(a) && b != '') error('Nur eines')",
     (Presence(("a", "b"), least=False, most=True), "Nur eines")),
    ("a.pflicht = b == 'x';", None),  # another shape: fim_rules reads it
    ("if (a > b) error()", None),
])
def test_presence_scripts(script: str, read: tuple[Presence, str] | None) -> None:
    assert presence_script(script) == read


@pytest.mark.parametrize(("script", "reason"), [
    ("if (istGesetzt(a) && istGesetzt(b) && istGesetzt(c)) error()",
     "it forbids only all 3 fields together"),
    ("if (istLeer(a) && b == 'x') error()", "'&&' over a comparison with a value"),
    ("if (istLeer(a) && istGesetzt(b)) error()", "it mixes 'answered' and 'empty' tests"),
    ("if (istLeer(a) && istLeer(b)) error(); a.pflicht = true", "shape not recognised"),
    ("if (istLeer(a) && istLeer(b)) tuWas()", "only error(…) is understood"),
])
def test_presence_scripts_not_expressible(script: str, reason: str) -> None:
    with pytest.raises(RuleNotMapped, match=reason.replace("(", r"\(").replace(")", r"\)")):
        presence_script(script)


# -- the table: checks between top-level fields ----------------------------------------
def _field(field_id: str, field_type: str, **extra: Any) -> dict[str, Any]:
    return {"id": field_id, "type": field_type, "label": field_id.title(), "required": False,
            **extra}


def _table() -> tuple[FieldTable, dict[str, Any]]:
    definition = {"id": "synthetic", "version": 1, "title": "T", "description": "D",
                  "fee": {"amount_cents": 0, "currency": "EUR", "legal_basis": "L"},
                  "sections": [{"id": "s", "title": "S", "fields": [
                      _field("telefon", "phone"), _field("email", "email"),
                      _field("vollzeit", "integer", minimum=0, maximum=99),
                      _field("gesamt", "integer", minimum=0, maximum=99),
                      _field("betrag", "currency"),
                      _field("personen", "group", fields=[_field("name", "text")])]}]}
    known = [KnownField(f"F100000{n}", name, field_id) for n, name, field_id in (
        (1, "Telefon", "telefon"), (2, "EMail", "email"), (3, "Vollzeit", "vollzeit"),
        (4, "Gesamt", "gesamt"), (5, "Betrag", "betrag"), (6, "Name", "name"))]
    known.append(KnownField("G1000001", "Personen", "personen"))
    return FieldTable(known, definition["sections"]), definition


def _map(*sources: str | Presence) -> tuple[list[dict[str, Any]], list[str]]:
    table, _definition = _table()
    checks: list[dict[str, Any]] = []
    reasons = []
    for source in sources:
        try:
            apply_rule(table, source, check_id="r1", message="Regel", checks=checks,
                       scope=None)
        except RuleNotMapped as exc:
            reasons.append(str(exc))
    return checks, reasons


def test_table_maps_presence_and_number_order() -> None:
    checks, reasons = _map(
        "if (istLeer(F1000001) && istLeer(F1000002)) error('Bitte Telefon oder E-Mail angeben.')",
        Presence(("F1000001", "F1000002"), most=True),  # "Entweder … oder …"
        "if (Vollzeit > Gesamt) error('Mehr Vollzeitkräfte als Beschäftigte?')",
        "if (F1000005 < F1000003) error()",  # a currency and an integer: both numbers
    )
    assert reasons == []
    assert checks == [
        {"id": "r1", "type": "at_least_one", "fields": ["telefon", "email"],
         "message": "Bitte Telefon oder E-Mail angeben."},
        {"id": "r1_2", "type": "at_least_one", "fields": ["telefon", "email"],
         "message": "Bitte machen Sie mindestens eine dieser Angaben: Telefon, Email."},
        {"id": "r1_3", "type": "at_most_one", "fields": ["telefon", "email"],
         "message": "Bitte machen Sie nur eine dieser Angaben: Telefon, Email."},
        {"id": "r1_4", "type": "number_order", "lower": "vollzeit", "upper": "gesamt",
         "message": "Mehr Vollzeitkräfte als Beschäftigte?"},
        {"id": "r1_5", "type": "number_order", "lower": "vollzeit", "upper": "betrag",
         "message": "Regel"},
    ]


@pytest.mark.parametrize(("source", "reason"), [
    ("if (istLeer(F1000006) && istLeer(F1000001)) error()", "field name is inside the "
     "repeated group personen: the kiosk checks which of several fields are answered "
     "between fields of the form, not inside one entry"),
    ("if (istLeer(F1000001) && istLeer(Telefon)) error()", "it names fewer than two different"),
    ("if (F1000001 > F1000003) error()", "field telefon is a phone field: an order "
     "compares two date fields or two number fields"),
    ("if (F1000006 > F1000003) error()", "field name is inside the repeated group "
     "personen: the kiosk checks an order between fields of the form, not in an entry"),
    ("if (Vollzeit >= Gesamt) error()", "'>=' forbids equal dates"),
])
def test_table_reports_what_it_cannot_map(source: str, reason: str) -> None:
    checks, reasons = _map(source)
    assert checks == []
    assert len(reasons) == 1
    assert reasons[0].startswith(reason)


# -- on the real Blaue Karte: a street address or a post box, not both -----------------
def _with_either_or(tmp_path: Path) -> Path:
    tree = etree.parse(str(BLAUE_KARTE))
    group = next(g for g in tree.iter(f"{{{XDF2}}}datenfeldgruppe")
                 if g.findtext(f"{{{XDF2}}}identifikation/{{{XDF2}}}id") == "G00000236")
    rule = etree.fromstring(
        f'<xdf:regel xmlns:xdf="{XDF2}"><xdf:identifikation><xdf:id>R99000903</xdf:id>'
        "<xdf:version>1.0</xdf:version></xdf:identifikation><xdf:name>Straße oder Postfach"
        "</xdf:name><xdf:bezeichnungEingabe/><xdf:beschreibung/><xdf:definition>Entweder "
        '"G00000237 Anschrift Inland Straßenanschrift" oder "G00000238 Anschrift Inland '
        'Postfachanschrift" ist anzugeben.</xdf:definition><xdf:bezug/><xdf:status '
        'listURI="urn:xoev-de:fim:codeliste:xdatenfelder.status" listVersionID="1.0">'
        "<code>aktiv</code></xdf:status><xdf:script/></xdf:regel>")
    first = group.find(f"{{{XDF2}}}struktur")
    assert first is not None
    first.addprevious(rule)
    path = tmp_path / "blaue-karte-regel.xml"
    tree.write(str(path), encoding="UTF-8", xml_declaration=True)
    schema = etree.XMLSchema(etree.parse(str(REAL.parent / "xsd" / "xdf2" /
                                             "xdatenfelder.xsd")))
    assert schema.validate(etree.parse(str(path))), schema.error_log
    return path


def _load(tmp_path: Path, definition: dict[str, Any]) -> FormDef:
    path = tmp_path / f"{definition['id']}.json"
    path.write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")
    return load_form(path)


def test_blaue_karte_street_or_post_box(tmp_path: Path) -> None:
    result = import_fim(_with_either_or(tmp_path), "fim-blaue-karte")
    assert not [f for f in result.findings if f.fim_id == "R99000903"]
    form = _load(tmp_path, result.definition)
    # G00000237 is placed twice in the schema: the rule means its own group's.
    both = ("anschrift_inland_strassenanschrift", "anschrift_inland_postfachanschrift")
    assert [(c.type, c.fields) for c in form.checks] == [("at_least_one", both),
                                                         ("at_most_one", both)]
    answers = dict(sample_answers(form, TODAY))
    street = form.field(both[0])
    post_box = form.field(both[1])
    answers[street.id] = sample_value(street, TODAY)
    answers[post_box.id] = Entries()
    problems = validate_form(form, answers, TODAY)
    assert both[0] not in problems
    assert both[1] not in problems
    answers[street.id] = Entries()
    assert validate_form(form, answers, TODAY)[both[1]].untranslated() == (
        "Bitte machen Sie mindestens eine dieser Angaben: Straßenanschrift, Anschrift "
        "Postfach.")  # the groups' labels as published
    answers[street.id] = sample_value(street, TODAY)
    answers[post_box.id] = sample_value(post_box, TODAY)
    assert validate_form(form, answers, TODAY)[both[1]].untranslated().startswith(
        "Bitte machen Sie nur eine dieser Angaben")


def test_loader_refuses_checks_and_entry_rules_that_name_the_wrong_fields(
        tmp_path: Path) -> None:
    base = {"id": "form", "version": 1, "title": "T", "description": "D",
            "fee": {"amount_cents": 0, "currency": "EUR", "legal_basis": "L"},
            "sections": [{"id": "s", "title": "S", "fields": [
                _field("a", "text"), _field("b", "text"), _field("n", "integer", minimum=0,
                                                                 maximum=9),
                _field("g", "group", fields=[_field("x", "yes_no"), _field("y", "text")])]}]}
    good = dict(base, checks=[
        {"id": "c1", "type": "at_least_one", "fields": ["a", "b"], "message": "M"},
        {"id": "c2", "type": "number_order", "lower": "n", "upper": "n", "message": "M"}])
    form = _load(tmp_path, good)
    assert [c.type for c in form.checks] == ["at_least_one", "number_order"]
    for checks, key in (
            ([{"id": "c", "type": "at_most_one", "fields": ["a", "x"], "message": "M"}],
             "checks[0].fields[1]"),
            ([{"id": "c", "type": "number_order", "lower": "a", "upper": "n",
               "message": "M"}], "checks[0].lower"),
            ([{"id": "c", "type": "at_least_one", "fields": ["a"], "message": "M"}],
             "checks[0].fields")):
        with pytest.raises(FormDefinitionError) as caught:
            _load(tmp_path, dict(base, checks=checks))
        assert caught.value.key == key
    wrong = json.loads(json.dumps(base))
    wrong["sections"][0]["fields"][3]["fields"][1]["visible_if"] = {"field": "a",
                                                                    "equals": "yes"}
    with pytest.raises(FormDefinitionError) as caught:
        _load(tmp_path, wrong)
    assert caught.value.key == "sections[0].fields[3].fields[1].visible_if.field"
    right = json.loads(json.dumps(base))
    right["sections"][0]["fields"][3]["fields"][1]["visible_if"] = {"field": "x",
                                                                    "equals": "yes"}
    assert _load(tmp_path, right).field("g").fields[1].visible_if is not None


def test_validation_of_the_new_checks(tmp_path: Path) -> None:
    form = _load(tmp_path, {
        "id": "checks", "version": 1, "title": "T", "description": "D",
        "fee": {"amount_cents": 0, "currency": "EUR", "legal_basis": "L"},
        "sections": [{"id": "s", "title": "S", "fields": [
            _field("telefon", "phone"), _field("email", "email"),
            _field("fax", "phone", visible_if={"field": "email", "is_set": True}),
            _field("vollzeit", "integer", minimum=0, maximum=99),
            _field("gesamt", "integer", minimum=0, maximum=99)]}],
        "checks": [
            {"id": "kontakt", "type": "at_least_one", "fields": ["telefon", "email"],
             "message": "Telefon oder E-Mail"},
            {"id": "eins", "type": "at_most_one", "fields": ["telefon", "fax"],
             "message": "Telefon oder Fax"},
            {"id": "zahl", "type": "number_order", "lower": "vollzeit", "upper": "gesamt",
             "message": "Höchstens {other}"}]})

    def problems(**answers: str) -> dict[str, str]:
        return {k: v.untranslated() for k, v in validate_form(form, answers, TODAY).items()}

    assert problems() == {"email": "Telefon oder E-Mail"}  # at the last: both seen
    assert problems(email="a@example.org") == {}
    assert problems(telefon="0221 1", email="a@example.org", fax="0221 2") == {
        "fax": "Telefon oder Fax"}
    assert problems(telefon="0221 1", fax="0221 2") == {}  # fax is hidden without e-mail
    assert problems(telefon="0221 1", vollzeit="5", gesamt="4") == {"vollzeit": "Höchstens 4"}
    assert problems(telefon="0221 1", vollzeit="4", gesamt="4") == {}
