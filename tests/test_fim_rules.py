"""FIM rules: the recognised shapes become visible_if / required_if / date_order checks that
work in the kiosk's validation; every other rule is reported by its id with the reason."""

from __future__ import annotations

import copy
import json
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms.answers import Entries
from forms.definition_schema import schema_errors
from forms.fim import import_fim
from forms.fim_rules import (
    Bound,
    DateOrder,
    FieldTable,
    FieldTest,
    KnownField,
    RuleNotMapped,
    SetFlag,
    parse_script,
)
from forms.loader import load_form
from forms.model import Condition, FormDef
from forms.samples import sample_answers
from forms.validation import (
    GROUP_ENTRY,
    REQUIRED,
    entry_problems,
    validate_form,
    visible_answers,
)

DATA = Path(__file__).resolve().parent / "data" / "fim"


# -- the parser ------------------------------------------------------------------
def _flag(target: str, flag: str, refs: tuple[str, ...], values: tuple[str | bool, ...] = (),
          is_set: bool | None = None) -> SetFlag:
    return SetFlag(target, flag, FieldTest(refs, values, is_set))


@pytest.mark.parametrize(("script", "expected"), [
    ("X.pflicht = Y == 'v';", [_flag("X", "required", ("Y",), ("v",))]),
    ("  x.Pflicht=( y === \"v\" ||y=='w' )", [_flag("x", "required", ("y", "y"), ("v", "w"))]),
    ("X.pflicht = ((Y == 'v') || (Y == 'w'))", [_flag("X", "required", ("Y", "Y"), ("v", "w"))]),
    ("X.sichtbar = 'v' == Y", [_flag("X", "visible", ("Y",), ("v",))]),
    ("$X.visible = Y.wert === 2", [_flag("X", "visible", ("Y",), ("2",))]),
    ("X.sichtbar = F12345678 == true", [_flag("X", "visible", ("F12345678",), (True,))]),
    ("X.required = Y != ''", [_flag("X", "required", ("Y",), is_set=True)]),
    ("X.pflicht = Y !== null", [_flag("X", "required", ("Y",), is_set=True)]),
    ("X.pflicht = istGesetzt(Y)", [_flag("X", "required", ("Y",), is_set=True)]),
    ("X.pflicht = !istLeer(Y.value)", [_flag("X", "required", ("Y",), is_set=True)]),
    ("X.pflicht = Y == \"\"", [_flag("X", "required", ("Y",), is_set=False)]),
    ("X.pflicht = !isSet( Y )", [_flag("X", "required", ("Y",), is_set=False)]),
    ("if (A < B) error();", [DateOrder(earlier="B", later="A")]),
    ("if(A>B){fehler(\"Bitte prüfen\");}", [DateOrder(earlier="A", later="B",
                                                      message="Bitte prüfen")]),
    ("if (A > 20) error('Höchstens 20');", [Bound("A", ">", "20", "Höchstens 20")]),
    ("if (F1 <= 0) { fehler(); }", [Bound("F1", "<=", "0")]),
    ("// zwei Regeln\nX.pflicht = Y == 1; /* und */ Z.sichtbar = Y == '2'",
     [_flag("X", "required", ("Y",), ("1",)), _flag("Z", "visible", ("Y",), ("2",))]),
])
def test_recognised_shapes(script: str, expected: list[Any]) -> None:
    assert parse_script(script) == expected


def test_bounds_become_the_stricter_minimum_or_maximum() -> None:
    fields = [{"id": "anzahl", "type": "integer", "label": "Anzahl", "minimum": 0,
               "maximum": 99},
              {"id": "betrag", "type": "currency", "label": "Betrag"},
              {"id": "name", "type": "text", "label": "Name"}]
    known = [KnownField("F1000001", "Anzahl", "anzahl"), KnownField("F1000002", "Betrag", "betrag"),
             KnownField("F1000003", "Name", "name")]
    table = FieldTable(known, [{"id": "s", "title": "S", "fields": fields}])
    checks: list[dict[str, Any]] = []
    table.apply("if (F1000001 >= 50) error();", check_id="r1", message="", checks=checks)
    table.apply("if (F1000001 < 2) error();", check_id="r2", message="", checks=checks)
    table.apply("if (F1000002 > 1000) error('Zu hoch');", check_id="r3", message="", checks=checks)
    assert (fields[0]["minimum"], fields[0]["maximum"], fields[1]["maximum"]) == (2, 49, 1000)
    assert table.notes[-1] == ("mapped as maximum 1000 of field betrag; the kiosk shows its "
                               "own range message instead of 'Zu hoch'")
    for script, reason in (("if (F1000002 >= 10) error();", "excludes the bound itself"),
                           ("if (F1000003 > 10) error();", "is a text field: a bound applies"),
                           ("if (F1000001 > 10) error(); X.pflicht = Y == 1;", "names no field")):
        with pytest.raises(RuleNotMapped, match=reason):
            table.apply(script, check_id="r", message="", checks=checks)
    assert len(table.notes) == 3  # nothing noted for what was not mapped
    assert fields[0]["maximum"] == 49


@pytest.mark.parametrize(("script", "reason"), [
    ("", "the script is empty"),
    (" ; ", "the script is empty"),
    ("X.pflicht = Y == 'v' && Z == 'w'", "'&&' is not expressible"),
    ("X.pflicht = Y != 'v'", "'!=' with a value is not expressible"),
    ("X.pflicht = Y == '' || Y == 'v'", "'||' over 'is set' tests"),
    ("X.pflicht = Y < 'v'", "'<' in a condition is not expressible"),
    ("X.pflicht = Y == Z", "compare one field with a value"),
    ("X.pflicht = true", "ends where a comparison was expected"),
    ("X.pflicht = berechne(Y)", "function 'berechne' is not understood"),
    ("X.pflicht = !(Y == 'v')", "'!' is understood only before"),
    ("X.wert = Y * 2", "setting 'wert' is not expressible"),
    ("X.pflicht = Y == 'v' ? 1 : 0", "a field expected, found '?'"),
    ("X.pflicht = " + "(" * 30 + "Y == 'v'" + ")" * 30, "nested too deeply"),
    ("if (A <= B) error();", "'<=' forbids equal dates"),
    ("if (A >= B) error();", "'>=' forbids equal dates"),
    ("if (A == B) error();", "only a date order with '<' or '>'"),
    ("if (A < 'x') error();", "compares 'x'"),
    ("if (A < B) X.pflicht = true;", "only error(…) is understood"),
    ("if (A < B) { error(); } else { ok(); }", "an 'else' branch"),
    ("if (A < B) { error();", "the script ends where '}' was expected"),
    ("Wenn der Hund gefährlich ist, ist die Versicherung Pflicht.", "shape not recognised"),
])
def test_unrecognised_shapes_say_why(script: str, reason: str) -> None:
    with pytest.raises(RuleNotMapped, match=re.escape(reason)):
        parse_script(script)


# -- the importer: the fixtures' rules --------------------------------------------
def _import(tmp_path: Path, source: str, form_id: str) -> tuple[FormDef, dict[str, str]]:
    result = import_fim(DATA / source, form_id)
    assert schema_errors(result.definition) == []
    path = tmp_path / f"{form_id}.json"
    path.write_text(json.dumps(result.definition, ensure_ascii=False), encoding="utf-8")
    rules = {f.fim_id: f.what for f in result.findings if f.fim_id.startswith("R")}
    return load_form(path), rules


def _problems(form: FormDef, **answers: str) -> dict[str, str]:
    given_answers = sample_answers(form) | answers
    return {k: v.untranslated() for k, v in validate_form(form, given_answers).items()}


REQUIRED_TEXT = REQUIRED.untranslated()


def _assert_date_order(form: FormDef, earlier: str, later: str) -> None:
    """``earlier`` after ``later`` is shown at ``earlier`` in the rule's own words; before or
    on the same day is fine."""
    (check,) = [c for c in form.checks if (c.earlier, c.later) == (earlier, later)]
    assert _problems(form, **{earlier: "10.05.2026", later: "09.05.2026"}) == {
        earlier: check.message.format(other="09.05.2026").untranslated()}
    assert _problems(form, **{earlier: "10.05.2026", later: "11.05.2026"}) == {}
    assert _problems(form, **{earlier: "10.05.2026", later: "10.05.2026"}) == {}


def test_xdf2_rules_mapped_and_reported(tmp_path: Path) -> None:
    form, reported = _import(tmp_path, "xdf2-hundesteuer.xml", "hundesteuer")
    # R99000002 (names, '||'), R99000003 (FIM ids), R99000004 (on the field, '!= '''),
    # R99000008 (a yes/no field, true), R99000009 ('true', '$', '.wert').
    assert form.field("zuzugsdatum").required_if == Condition("anmeldegrund",
                                                              any_of=("02", "03"))
    assert form.field("fruehere_gemeinde").visible_if == Condition("anmeldegrund", equals="02")
    assert form.field("rueckrufzeit").required_if == Condition("telefon", is_set=True)
    insurance = form.field("versicherung")  # 1:1 in FIM: the rule makes it conditional
    assert insurance.visible_if == Condition("gefaehrlich", equals="yes")
    assert insurance.required_if == Condition("gefaehrlich", equals="yes")
    assert not insurance.required
    assert [(c.id, c.earlier, c.later, c.message.source) for c in form.checks] == [
        ("r99000007", "zuzugsdatum", "steuerpflicht_ab",
         "Die Steuerpflicht kann nicht vor dem Zuzug beginnen.")]
    # R99000011 inside the repeated group einzelner_hund: per entry, on its sub-field.
    rufname = next(sub for sub in form.field("einzelner_hund").fields if sub.id == "rufname")
    assert (rufname.required, rufname.required_if) == (False, Condition("rasse",
                                                                        equals="999"))
    assert sorted(reported) == ["R99000001", "R99000005", "R99000006", "R99000010"]
    assert "'geburtsdatum_hund' names no field of the schema" in reported["R99000001"]
    assert reported["R99000005"].startswith("rule on group G99000001 'Halter' not mapped: "
                                            "'&&' is not expressible")
    assert "'05' is not a value of the code list of field anmeldegrund (01, 02, 03, 04)" \
        in reported["R99000006"]
    assert "'<=' forbids equal dates" in reported["R99000010"]


def test_xdf2_rules_work_in_validation(tmp_path: Path) -> None:
    form, _ = _import(tmp_path, "xdf2-hundesteuer.xml", "hundesteuer")
    assert _problems(form) == {}
    # if (Steuerpflicht_ab < Zuzugsdatum) error(): the tax must not start before moving in.
    _assert_date_order(form, earlier="zuzugsdatum", later="steuerpflicht_ab")
    # Zuzugsdatum.pflicht = (Anmeldegrund == '02' || Anmeldegrund == "03")
    for reason in ("02", "03"):
        assert _problems(form, anmeldegrund=reason, zuzugsdatum="") == {
            "zuzugsdatum": REQUIRED_TEXT}
    assert _problems(form, anmeldegrund="01", zuzugsdatum="") == {}
    # F99000005.sichtbar = F99000003 === '02'
    assert "fruehere_gemeinde" in visible_answers(form, {"anmeldegrund": "02"})
    assert "fruehere_gemeinde" not in visible_answers(form, {"anmeldegrund": "03"})
    # rueckrufzeit.pflicht = telefon != ''
    assert _problems(form, telefon="06131 12345", rueckrufzeit="") == {
        "rueckrufzeit": REQUIRED_TEXT}
    assert _problems(form, telefon="", rueckrufzeit="") == {}
    # Versicherung: asked and required only for a dangerous dog.
    assert _problems(form, gefaehrlich="yes", versicherung="") == {
        "versicherung": REQUIRED_TEXT}
    assert _problems(form, gefaehrlich="no", versicherung="") == {}
    assert "versicherung" not in visible_answers(form, {"gefaehrlich": "no"})
    # Rufname.pflicht = Rasse == '999', inside the repeated group: per entry.
    dogs = Entries(({"rasse": "001", "haltungsbeginn": "01.05.2026"},
                    {"rasse": "999", "haltungsbeginn": "01.05.2026"}))
    problems = validate_form(form, sample_answers(form) | {"einzelner_hund": dogs})
    assert {k: v.untranslated() for k, v in problems.items()} == {
        "einzelner_hund": GROUP_ENTRY.format(number=2).untranslated()}
    group = form.field("einzelner_hund")
    assert entry_problems(group.fields, dogs.items[0]) == {}
    assert entry_problems(group.fields, dogs.items[1]) == {"rufname": REQUIRED}


def test_xdf3_rules_mapped_and_reported(tmp_path: Path) -> None:
    form, reported = _import(tmp_path, "xdf3-sondernutzung.xml", "sondernutzung")
    assert form.field("laenge").required_if == Condition("fahrzeug", equals="lkw")
    assert form.field("firma").visible_if == Condition("zweck", any_of=("moebel", "bau"))
    assert form.field("telefon").required_if == Condition("firma", is_set=False)
    # fehler() without a text: the rule's beschreibung is the message.
    assert [(c.id, c.earlier, c.later, c.message.source) for c in form.checks] == [
        ("r99000101", "datum", "ende", "Das Halteverbot endet frühestens am Umzugstag.")]
    assert sorted(reported) == ["R99000104", "R99000105", "R99000106", "R99000107"]
    assert "setting 'wert' is not expressible" in reported["R99000104"]
    assert "no script, and its free text read as one" in reported["R99000105"]
    # if (F99000102 > 20) error('…'): a range, the field's maximum (30 in its Präzisierung).
    assert form.field("laenge").maximum == 20
    assert reported["R99000106"] == (
        "rule on group G99000100 'Halteverbot' mapped as maximum 20 of field laenge; the kiosk "
        "shows its own range message instead of 'Mehr als 20 Meter nur mit "
        "Sondergenehmigung.'")
    assert "'F99000106' is not imported (Feldart 'hidden')" in reported["R99000107"]


def test_xdf3_rules_work_in_validation(tmp_path: Path) -> None:
    form, _ = _import(tmp_path, "xdf3-sondernutzung.xml", "sondernutzung")
    assert _problems(form) == {}
    # if (F99000103 > F99000108) fehler(): the day of the move must not be after the end.
    _assert_date_order(form, earlier="datum", later="ende")
    assert _problems(form, fahrzeug="lkw", laenge="") == {"laenge": REQUIRED_TEXT}
    assert _problems(form, fahrzeug="pkw", laenge="") == {}
    assert "firma" not in visible_answers(form, {"zweck": "umzug"})
    assert "firma" in visible_answers(form, {"zweck": "bau"})
    assert _problems(form, zweck="umzug", firma="", telefon="") == {"telefon": REQUIRED_TEXT}
    assert _problems(form, zweck="bau", firma="Muster GmbH", telefon="") == {}


# -- a small synthetic form for the table and for random scripts ---------------------
def _field(field_id: str, field_type: str, **extra: Any) -> dict[str, Any]:
    return {"id": field_id, "type": field_type, "label": field_id,
            "required": False, **extra}


def _options(*values: str) -> list[dict[str, Any]]:
    return [{"value": v, "label": v} for v in values]


BASE: dict[str, Any] = {
    "id": "synthetic", "version": 1, "title": "T",
    "description": "D",
    "fee": {"amount_cents": 0, "currency": "EUR", "legal_basis": "L"},
    "sections": [{"id": "eins", "title": "E", "fields": [
        _field("grund", "choice", options=_options("01", "02", "03")),
        _field("ja", "yes_no"), _field("von", "date"), _field("bis", "date"),
        _field("notiz", "text"), _field("notiz_2", "text"),
        _field("gruppe", "group", fields=[_field("name", "text")]),
    ]}],
}
KNOWN = [
    KnownField("F1000001", "Grund", "grund"), KnownField("F1000002", "Ja", "ja"),
    KnownField("F1000003", "Von", "von"), KnownField("F1000004", "Bis", "bis"),
    KnownField("F1000005", "Notiz", "notiz"), KnownField("F1000009", "Notiz", "notiz_2"),
    KnownField("G1000001", "Gruppe", "gruppe"), KnownField("F1000006", "Name", "name"),
    KnownField("F1000007", "Hinweis", None, "is not imported (Feldart 'label')"),
    KnownField("G1000002", "Eins", None, "is a group that became section eins"),
]


def _apply(*scripts: str) -> tuple[dict[str, Any], list[str]]:
    definition = copy.deepcopy(BASE)
    table = FieldTable(KNOWN, definition["sections"])
    checks: list[dict[str, Any]] = []
    reasons = []
    for script in scripts:
        try:
            table.apply(script, check_id="r1", message="Reihenfolge", checks=checks)
        except RuleNotMapped as exc:
            reasons.append(str(exc))
    if checks:
        definition["checks"] = checks
    return definition, reasons


def _fields(definition: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["id"]: f for f in definition["sections"][0]["fields"]}


@pytest.mark.parametrize(("script", "reason"), [
    ("F1000005.pflicht = unbekannt == '01'", "'unbekannt' names no field of the schema"),
    ("F1000005.pflicht = Notiz == ''", "'Notiz' names 2 fields (notiz, notiz_2); name one by "
                                       "its FIM id"),
    ("F1000005.pflicht = hinweis != ''", "'hinweis' (F1000007) is not imported (Feldart 'label')"),
    ("G1000002.sichtbar = ja == true", "'G1000002' is a group that became section eins"),
    ("F1000005.pflicht = name != ''", "field name is inside the repeated group gruppe: a "
                                      "field outside it cannot depend on one entry"),
    ("name.pflicht = ja == true", "field name is inside the repeated group gruppe and ja is "
                                  "not: a rule there names only the same entry's fields"),
    ("F1000005.pflicht = grund == '01' || ja == true",
     "the parts of '||' test different fields (grund, ja)"),
    ("grund.pflicht = grund == '01'", "field grund would depend on itself"),
    ("F1000005.pflicht = F1000005 == 'x'", "field notiz would depend on itself"),
    ("F1000009.pflicht = F1000005 == 'x'", "field notiz is a text field: only code list and "
                                          "yes/no fields are compared with a value"),
    ("F1000009.pflicht = ja == 'ja'", "'ja' is not a yes/no value of field ja (true, false)"),
    ("F1000009.pflicht = grund == true", "True is not a value of the code list of field grund"),
    ("F1000009.pflicht = grund == 1", "'1' is not a value of the code list of field grund"),
    ("if (von < F1000009) error()", "field notiz_2 is a text field: an order compares two "
                                   "date fields or two number fields"),
    ("if (von < F1000003) error()", "field von is compared with itself"),
    ("F1000009.pflicht = grund == '01'; F1000009.pflicht = ja == true",
     "field notiz_2 would get a second required_if; the kiosk has one per field"),
])
def test_table_reports_what_it_cannot_map(script: str, reason: str) -> None:
    definition, reasons = _apply(script)
    assert len(reasons) == 1
    assert reasons[0].startswith(reason)
    assert definition == BASE  # all or nothing: a rule not mapped changes nothing


def test_table_maps_groups_cycles_and_conflicts() -> None:
    definition, reasons = _apply(
        "gruppe.sichtbar = ja == true",  # a repeated group may be asked conditionally
        "if (von > bis) error('Von nach Bis'); if (bis < von) error()",  # one rule, two
        "ja.sichtbar = grund == '02'",
        "grund.sichtbar = istGesetzt(ja)",  # ja depends on grund: a cycle
        "F1000005.pflicht = grund == '01'",
        "F1000005.pflicht = grund == '02'",  # a second required_if for notiz
    )
    fields = _fields(definition)
    assert fields["gruppe"]["visible_if"] == {"field": "ja", "equals": "yes"}
    assert fields["ja"]["visible_if"] == {"field": "grund", "equals": "02"}
    assert "visible_if" not in fields["grund"]
    assert fields["notiz"]["required_if"] == {"field": "grund", "equals": "01"}
    assert reasons == [
        "the same order is already checked by r1",
        "the visibility of grund would depend on itself",
        "field notiz would get a second required_if; the kiosk has one per field"]
    assert definition.get("checks") is None  # the rule with the repeated order: none of it
    definition, reasons = _apply("if (von > bis) error('Von nach Bis')",
                                 "if (bis > von) error()")
    assert reasons == []
    assert [(c["id"], c["earlier"], c["later"], c["message"])
            for c in definition["checks"]] == [("r1", "von", "bis", "Von nach Bis"),
                                               ("r1_2", "bis", "von", "Reihenfolge")]


# -- random scripts: mapped or reported, never a crash, never an invalid definition ----
_NAMES = ["grund", "F1000001", "ja", "von", "bis", "notiz", "Notiz", "gruppe", "name",
          "hinweis", "unbekannt", "$grund", "F1000005", "G1000002", "Y"]
_FIELD = st.sampled_from(_NAMES)
_VALUE = st.sampled_from(["'01'", '"02"', "'03'", "'09'", "true", "false", "''", "null", "1",
                          "'true'"])
_TEST = st.one_of(
    st.builds("{} {} {}".format, _FIELD, st.sampled_from(["==", "===", "!=", "!==", "<"]),
              _VALUE),
    st.builds("{}({})".format, st.sampled_from(["istGesetzt", "!istGesetzt", "istLeer",
                                                "!isEmpty", "f"]), _FIELD),
)
_ASSIGN = st.builds("{}.{} = {};".format, _FIELD,
                    st.sampled_from(["pflicht", "sichtbar", "visible", "required", "wert"]),
                    st.lists(_TEST, min_size=1, max_size=3).map(" || ".join))
_ORDER = st.builds("if ({} {} {}) {{ error('x'); }}".format, _FIELD,
                   st.sampled_from(["<", ">", "<=", "=="]), _FIELD)
_TOKENS = st.sampled_from([
    *_NAMES, ".", "pflicht", "sichtbar", "wert", "=", "==", "===", "!=", "<", ">", "<=", "||", "&&",
    "!", "(", ")", "{", "}", ";", "'01'", '""', "true", "null", "if", "else", "error",
    "fehler", "istGesetzt", "'m'", ",", "5", "/*", "*/", "//", "\n", "'", '"', "\\"])
# Shapes on fields of the right types, so that many map (and conflict, and cycle).
_GOOD_TEST = st.one_of(
    st.lists(st.sampled_from(["grund == '01'", "F1000001 === \"02\"", "'03' == $grund"]),
             min_size=1, max_size=3).map(" || ".join),
    st.sampled_from(["ja == true", "ja.wert === 'false'"]),
    st.builds("{}({})".format, st.sampled_from(["istGesetzt", "!istLeer", "!isSet"]),
              st.sampled_from(["grund", "ja", "von", "F1000005", "gruppe"])),
)
_GOOD = st.one_of(
    st.builds("{}.{} = ({});".format,
              st.sampled_from(["F1000005", "F1000009", "gruppe", "von", "bis", "ja", "grund"]),
              st.sampled_from(["pflicht", "sichtbar"]), _GOOD_TEST),
    st.builds("if ({} {} {}) error('x');".format, st.sampled_from(["von", "F1000004"]),
              st.sampled_from(["<", ">"]), st.sampled_from(["bis", "F1000003"])),
)
SCRIPTS = st.one_of(
    st.text(max_size=200),
    st.lists(_TOKENS, max_size=30).map(" ".join),
    st.lists(_TOKENS, max_size=30).map("".join),
    st.lists(st.one_of(_ASSIGN, _ORDER), min_size=1, max_size=3).map(" ".join),
    _GOOD,
)


@settings(max_examples=400, deadline=None)
@given(SCRIPTS)
def test_random_scripts_map_or_are_reported(script: str) -> None:
    try:
        statements = parse_script(script)
    except RuleNotMapped as exc:
        reason = str(exc)
        statements = []
    else:
        reason = ""
        assert all(isinstance(s, SetFlag | DateOrder) for s in statements)
    assert bool(reason) != bool(statements)  # mapped, or reported with a reason


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(SCRIPTS, _GOOD, _GOOD), max_size=6))
def test_mapped_random_rules_keep_the_definition_valid(scripts: list[str]) -> None:
    definition, reasons = _apply(*scripts)
    assert all(reasons)
    assert schema_errors(definition) == []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic.json"
        path.write_text(json.dumps(definition), encoding="utf-8")
        form = load_form(path)
    validate_form(form, sample_answers(form))  # the rules run, whatever they found
