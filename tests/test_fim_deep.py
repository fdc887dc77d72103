"""FIM groups three levels down on the real Gewerbeanmeldung (tests/data/fim/real/): each
Gesetzlicher Vertreter of a Betriebsinhaber has his own Staatsangehörigkeiten (1:*) and his
own Aufenthaltsgenehmigung (0:1). They repeat and are checked per entry through every
layer: import, validation (rules per entry at level 3), the case system's data, the
Fachdaten schema, the PDF, the screen and the review."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from lxml import etree

from forms.answers import Entries, answers_from_json, answers_to_json, is_given
from forms.display import display
from forms.fachdaten import data_schema
from forms.fim import import_fim
from forms.loader import load_form
from forms.model import Condition, FieldDef, FormDef
from forms.pdf import read_application_data
from forms.pdf import render_application_pdf as render
from forms.samples import sample_answers, sample_record
from forms.validation import REQUIRED, entry_problems, validate_form

REAL = Path(__file__).resolve().parent / "data" / "fim" / "real"
GEWERBE = REAL / "gewerbeanmeldung" / "S00000009_xdatenfelder.xml"
XDF2 = "urn:xoev-de:fim:standard:xdatenfelder_2"
TODAY = date(2026, 6, 1)
SIGNED = datetime(2026, 6, 1, tzinfo=UTC)
VERTRETER = "gesetzlicher_vertreter_juristische_person"
NATIONS = "staatsangehorigkeit_unscharf_3"
PERMIT = "angaben_zur_aufenthaltsgenehmigung_3"


def _with_permit_rule(tmp_path: Path) -> Path:
    """The real export with one rule in the permit group G00000099 (level 3 under the
    Betriebsinhaber), as a FIM editor writes it: the issuing authority is required when a
    permit exists. No real export we hold has a rule that deep; the XSD still accepts it."""
    tree = etree.parse(str(GEWERBE))
    groups = [g for g in tree.iter(f"{{{XDF2}}}datenfeldgruppe")
              if g.findtext(f"{{{XDF2}}}identifikation/{{{XDF2}}}id") == "G00000099"]
    assert len(groups) == 3  # xdf2 repeats a group where it is placed: each copy its rule
    for group in groups:
        first = group.find(f"{{{XDF2}}}struktur")
        assert first is not None
        rule = etree.Element(f"{{{XDF2}}}regel")
        ident = etree.SubElement(rule, f"{{{XDF2}}}identifikation")
        etree.SubElement(ident, f"{{{XDF2}}}id").text = "R99000903"
        etree.SubElement(ident, f"{{{XDF2}}}version").text = "1.0"
        etree.SubElement(rule, f"{{{XDF2}}}name").text = "Behörde bei Aufenthaltsgenehmigung"
        for name in ("bezeichnungEingabe", "beschreibung", "definition", "bezug"):
            etree.SubElement(rule, f"{{{XDF2}}}{name}")
        status = etree.SubElement(rule, f"{{{XDF2}}}status", listURI=(
            "urn:xoev-de:fim:codeliste:xdatenfelder.status"), listVersionID="1.0")
        etree.SubElement(status, "code").text = "aktiv"
        etree.SubElement(rule, f"{{{XDF2}}}script").text = \
            "F00000175.pflicht = F00000127 == true;"
        first.addprevious(rule)
    path = tmp_path / "gewerbe-regel-tief.xml"
    tree.write(str(path), encoding="UTF-8", xml_declaration=True)
    schema = etree.XMLSchema(etree.parse(str(REAL.parent / "xsd" / "xdf2" /
                                             "xdatenfelder.xsd")))
    assert schema.validate(etree.parse(str(path))), schema.error_log
    return path


def _form(tmp_path: Path, source: Path = GEWERBE) -> FormDef:
    result = import_fim(source, "fim-gewerbe")
    path = tmp_path / "fim-gewerbe.json"
    path.write_text(json.dumps(result.definition, ensure_ascii=False), encoding="utf-8")
    return load_form(path)


def _person(name: str, nations: tuple[str, ...],
            permit: dict[str, str] | None = None) -> dict[str, str | Entries]:
    person: dict[str, str | Entries] = {
        "familienname_3": name, "vornamen_3": "Max", "geschlecht_3": "m", "jahr_3": "1975",
        "strasse_3": "Ring", "postleitzahl_3": "50667", "ort_3": "Köln",
        "telefon_3": "0221 2", "telefax_3": "0221 3",
        NATIONS: Entries(tuple({"staatsangehorigkeit_3": code} for code in nations))}
    if permit is not None:
        person[PERMIT] = Entries((permit,))
    return person


def _owner(*representatives: dict[str, str | Entries]) -> dict[str, str | Entries]:
    return {"rechtsform_gewerbeanzeige": "GmbH", VERTRETER: Entries(representatives)}


def _field(group: FieldDef, field_id: str) -> FieldDef:
    return next(sub for sub in group.fields if sub.id == field_id)


YES_PERMIT = {"vorliegen_einer_aufenthaltsgenehmigung_3": "yes",
              "ausstellungsdatum_3": "01.02.2020", "name_ausstellende_behorde_3": "ABH Köln"}


def test_a_repeated_group_three_levels_down_repeats_and_is_checked_per_entry(
        tmp_path: Path) -> None:
    form = _form(tmp_path, _with_permit_rule(tmp_path))
    owner = form.field("betriebsinhaber")
    vertreter = _field(owner, VERTRETER)
    nations, permit = _field(vertreter, NATIONS), _field(vertreter, PERMIT)
    assert (owner.max_items, vertreter.max_items, nations.max_items, permit.max_items) == (
        20, 20, 20, 1)
    authority = _field(permit, "name_ausstellende_behorde_3")
    assert authority.required_if == Condition("vorliegen_einer_aufenthaltsgenehmigung_3",
                                              equals="yes")
    answers = dict(sample_answers(form, TODAY))
    good = (_person("Erster", ("000", "121"), YES_PERMIT), _person("Zweiter", ("000",)))
    answers["betriebsinhaber"] = Entries((_owner(*good), _owner(_person("Dritter", ("163",)))))
    assert validate_form(form, answers, TODAY) == {}
    # The rule holds per permit entry, in each representative of each owner.
    no_authority = dict(YES_PERMIT, name_ausstellende_behorde_3="")
    assert entry_problems(permit.fields, no_authority) == {
        "name_ausstellende_behorde_3": REQUIRED}
    assert entry_problems(permit.fields, {"vorliegen_einer_aufenthaltsgenehmigung_3": "no"}) \
        == {}
    bad = _person("Zweiter", ("000",), no_authority)
    assert sorted(entry_problems(vertreter.fields, bad)) == [PERMIT]
    assert entry_problems(vertreter.fields, good[0]) == {}
    answers["betriebsinhaber"] = Entries((_owner(good[0], bad),))
    assert set(validate_form(form, answers, TODAY)) == {"betriebsinhaber"}
    # A permit entry started without its required field is caught at level 3 too.
    started = _person("Zweiter", ("000",), {"ausstellungsdatum_3": "01.02.2020"})
    assert entry_problems(permit.fields, {"ausstellungsdatum_3": "01.02.2020"}) == {
        "vorliegen_einer_aufenthaltsgenehmigung_3": REQUIRED}
    answers["betriebsinhaber"] = Entries((_owner(good[0], started),))
    assert set(validate_form(form, answers, TODAY)) == {"betriebsinhaber"}
    # More nationalities than FIM's bound of the kiosk (20) are refused in the entry.
    many = _person("Vierter", tuple(["000"] * 21))
    assert sorted(entry_problems(vertreter.fields, many)) == [NATIONS]


def test_the_case_system_the_fachdaten_and_the_pdf_keep_every_entry(tmp_path: Path) -> None:
    form = _form(tmp_path)
    answers = dict(sample_answers(form, TODAY))
    answers["betriebsinhaber"] = Entries((_owner(
        _person("Erster", ("000", "121"), YES_PERMIT), _person("Zweiter", ("163",))),))
    assert validate_form(form, answers, TODAY) == {}
    record = sample_record(form, answers=answers, vorgangsnummer="FIM-3", signed_at=SIGNED)
    pdf = render(record)
    data = read_application_data(pdf)
    # The case system: each representative with his own list of nationalities.
    (owner,) = data["fim_data"]["G00000091V1.0"]
    first, second = owner["G00000249V1.0"]
    assert first["G00000093V1.0"]["G00000247V1.0"] == [{"F00000039V1.0": "000"},
                                                        {"F00000039V1.0": "121"}]
    assert first["G00000099V1.0"] == {"F00000127V1.0": "yes", "F00000004V1.0": "01.02.2020",
                                      "F00000175V1.0": "ABH Köln"}
    assert second["G00000093V1.0"]["G00000247V1.0"] == [{"F00000039V1.0": "163"}]
    assert "G00000099V1.0" not in second
    # The codec reads back what it wrote, three levels down.
    assert answers_from_json(form, json.loads(json.dumps(answers_to_json(form, answers)))) \
        == {k: v for k, v in answers.items() if is_given(v)}
    # The Fachdaten follow the schema the form ships, and the schema bounds level 3.
    fachdaten = {"vorgangsnummer": "FIM-3", "service_id": "gewerbe", "metadata": data}
    schema = data_schema(form)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    validator.validate(fachdaten)
    level3 = schema["properties"]["metadata"]["properties"]["answers"]["properties"][
        "betriebsinhaber"]["items"]["properties"][VERTRETER]["items"]["properties"][NATIONS]
    assert level3["maxItems"] == 20
    assert level3["items"]["properties"]["staatsangehorigkeit_3"]["enum"][:1] == ["000"]
    broken = json.loads(json.dumps(fachdaten))
    broken["metadata"]["answers"]["betriebsinhaber"][0][VERTRETER][1][NATIONS][0][
        "staatsangehorigkeit_3"] = "nirgendwo"
    with pytest.raises(ValidationError):
        validator.validate(broken)
    # The PDF shows each entry at each level, headed by its path.
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext missing: install poppler-utils")
    path = tmp_path / "gewerbe.pdf"
    path.write_bytes(pdf)
    shown = subprocess.run([tool, str(path), "-"], capture_output=True, text=True,
                           timeout=30, check=True).stdout
    flat = " ".join(shown.split())  # the label column wraps a long path: read it as text
    head = "Angaben zum Betriebsinhaber 1 › Gesetzlicher Vertreter"
    for wanted in (f"{head} 1 Familienname Erster", f"{head} 2 Familienname Zweiter",
                   f"{head} 1 › Staatsangehörigkeit 1 Staatsangehörigkeit Deutschland",
                   f"{head} 1 › Staatsangehörigkeit 2 Staatsangehörigkeit Albanien",
                   f"{head} 2 › Staatsangehörigkeit 1 Staatsangehörigkeit Türkei",
                   f"{head} 1 › Angaben zur Aufenthaltsgenehmigung 1 Vorliegen einer "
                   "Aufenthaltsgenehmigung Ja"):
        assert wanted in flat, wanted
    assert f"{head} 2 › Staatsangehörigkeit 2" not in flat
    assert "Erteilende Behörde ABH Köln" in flat
    # The PDF rendered as pages (pdftoppm): the nesting did not break the layout.
    ppm = shutil.which("pdftoppm")
    if ppm is None:
        pytest.fail("pdftoppm missing: install poppler-utils")
    subprocess.run([ppm, "-r", "30", "-png", str(path), str(tmp_path / "page")],
                   capture_output=True, timeout=60, check=True)
    assert len(list(tmp_path.glob("page*.png"))) >= 2
    # The review's one-line display keeps the nesting in brackets.
    review = display(form.field("betriebsinhaber"), answers["betriebsinhaber"], "de")
    assert "Staatsangehörigkeit: (Staatsangehörigkeit: " in review


def test_the_screen_asks_level_three_entries(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest  # Qt only for this test

    from kiosk.journey import Display, Journey
    from ui.keyboard import OnScreenKeyboard
    from ui.qt import QApplication, QLabel, QLineEdit, Qt, QVBoxLayout, QWidget
    from ui.screens.review import ReviewScreen
    from ui.screens.section import SectionScreen
    from ui.theme import stylesheet

    form = _form(tmp_path)
    journey = Journey("de")
    section = next(s for s in form.sections if s.id == "betriebsinhaber")
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(stylesheet(Display()))
    column = QVBoxLayout(host)
    screen = SectionScreen(form, section, journey)
    keyboard = OnScreenKeyboard("auto")
    column.addWidget(screen, 1)
    column.addWidget(keyboard)
    host.resize(1280, 1000)
    host.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    keyboard.follow(app)
    screen.entered()
    owner = screen.fields["betriebsinhaber"]
    assert owner.group is not None
    ((_f, level1, _r, _t),) = owner.group.entries
    vertreter = level1[VERTRETER].group
    assert vertreter is not None
    ((_f, level2, _r, _t),) = vertreter.entries
    nations = level2[NATIONS].group
    assert nations is not None
    assert nations.level == 2
    assert len(nations.entries) == 1  # min 1: one card to start with
    QTest.mouseClick(nations.add_button, Qt.MouseButton.LeftButton)
    assert len(nations.entries) == 2  # level 3 repeats
    # The touch targets keep their size at level 3 (the style's 48 px for link buttons).
    assert nations.add_button.height() >= 48
    assert all(remove.height() >= 48 for _f, _w, remove, _t in nations.entries)
    # The on-screen keyboard comes up for a text field three levels down.
    line = level2["familienname_3"].line
    assert isinstance(line, QLineEdit)
    QTest.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(keyboard.isVisible, timeout=2000)
    for field_id, value in (("familienname_3", "Erster"), ("vornamen_3", "Max"),
                            ("jahr_3", "1975"), ("strasse_3", "Ring"),
                            ("postleitzahl_3", "50667"), ("ort_3", "Köln"),
                            ("telefon_3", "0221 2"), ("telefax_3", "0221 3")):
        level2[field_id].set_value(value)
    QTest.mouseClick(level2["geschlecht_3"].choice.buttons["m"],  # type: ignore[union-attr]
                     Qt.MouseButton.LeftButton)
    for (_f, widgets, _r, _t), code in zip(nations.entries, ("000", "121"), strict=True):
        widgets["staatsangehorigkeit_3"].set_value(code)
    level1["rechtsform_gewerbeanzeige"].set_value("GmbH")
    # A GmbH has no sole owner and no managing partner: their cards stay untouched, and
    # their steppers' first numbers (day, month, year of birth) are no answer.
    sole = level1["einzelinhaber"].group
    assert sole is not None
    ((_f, sole_widgets, _r, _t),) = sole.entries
    assert sole_widgets["jahr"].stepper is not None
    assert sole_widgets["jahr"].stepper.value() == "1850"
    assert sole.value() == Entries()
    value = owner.value()
    assert isinstance(value, Entries)
    inner = value.items[0][VERTRETER]
    assert isinstance(inner, Entries)
    nations_value = inner.items[0][NATIONS]
    assert isinstance(nations_value, Entries)
    assert [{k: v for k, v in i.items() if v} for i in nations_value.items] == [
        {"staatsangehorigkeit_3": "000"}, {"staatsangehorigkeit_3": "121"}]
    # A level-3 permit entry lacking its required field stops the screen, at that field.
    permit = level2[PERMIT].group
    assert permit is not None
    ((_f, permit_widgets, _r, _t),) = permit.entries
    permit_widgets["ausstellungsdatum_3"].set_value("01.02.2020")
    assert not screen.accept()
    assert permit_widgets["vorliegen_einer_aufenthaltsgenehmigung_3"].error.isVisible()
    QTest.mouseClick(permit_widgets["vorliegen_einer_aufenthaltsgenehmigung_3"]
                     .choice.buttons["yes"], Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    from ui.fields import FieldWidget
    assert screen.accept(), [(w.field.id, w.error.text()) for w in
                             screen.findChildren(FieldWidget) if w.error.text()]
    kept = journey.answers["betriebsinhaber"]
    assert isinstance(kept, Entries)
    assert kept.items[0]["einzelinhaber"] == Entries()
    person = kept.items[0][VERTRETER]
    assert isinstance(person, Entries)
    assert len(person.items[0][NATIONS]) == 2  # type: ignore[arg-type]
    review = ReviewScreen(form, journey)
    qtbot.addWidget(review)
    review.entered()
    texts = " ".join(w.text() for w in review.findChildren(QLabel))
    assert "(Staatsangehörigkeit: " in texts
    # A tap on a stepper begins the sole owner's entry: now it must be complete.
    QTest.mouseClick(sole_widgets["jahr"].stepper.plus, Qt.MouseButton.LeftButton)
    assert sole.value() != Entries()
    assert not screen.accept()


def _nested_schema(depth: int) -> str:
    """An xdf3 schema written for this test (no real one nests this deep): ``depth``
    groups, each 0:* inside the one before, each with a text field."""
    xdf3 = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0"

    def ident(prefix: str, number: int) -> str:
        return (f"<x:identifikation><x:id>{prefix}990000{number:05d}</x:id>"
                "<x:version>1.0.0</x:version></x:identifikation>")

    def group(level: int) -> str:
        field = (f"<x:datenfeld>{ident('F', level)}<x:name>Feld {level}</x:name>"
                 f"<x:bezeichnungEingabe>Feld {level}</x:bezeichnungEingabe>"
                 "<x:feldart><code>input</code></x:feldart><x:datentyp><code>text</code>"
                 "</x:datentyp><x:praezisierung maxLength='20'/></x:datenfeld>")
        inner = (f"<x:struktur><x:anzahl>0:*</x:anzahl><x:enthaelt>{group(level + 1)}"
                 "</x:enthaelt></x:struktur>") if level < depth else ""
        return (f"<x:datenfeldgruppe>{ident('G', level)}<x:name>Ebene {level}</x:name>"
                f"<x:bezeichnungEingabe>Ebene {level}</x:bezeichnungEingabe><x:struktur>"
                f"<x:anzahl>1:1</x:anzahl><x:enthaelt>{field}</x:enthaelt></x:struktur>"
                f"{inner}</x:datenfeldgruppe>")

    return (f"<x:xdatenfelder.stammdatenschema.0102 xmlns:x='{xdf3}'><x:stammdatenschema>"
            f"{ident('S', 1)}<x:name>Tief</x:name><x:struktur><x:anzahl>0:*</x:anzahl>"
            f"<x:enthaelt>{group(1)}</x:enthaelt></x:struktur></x:stammdatenschema>"
            "</x:xdatenfelder.stammdatenschema.0102>")


def test_groups_deeper_than_the_limit_are_flattened_and_said_so(tmp_path: Path) -> None:
    from forms.model import MAX_GROUP_DEPTH

    source = tmp_path / "tief.xml"
    source.write_text(_nested_schema(MAX_GROUP_DEPTH + 2), encoding="utf-8")
    result = import_fim(source, "tief")
    path = tmp_path / "tief.json"
    path.write_text(json.dumps(result.definition), encoding="utf-8")
    form = load_form(path)
    item, levels = form.sections[0].fields[0], 1
    while any(sub.type == "group" for sub in item.fields):
        item = next(sub for sub in item.fields if sub.type == "group")
        levels += 1
    assert levels == MAX_GROUP_DEPTH  # every level the loader takes is a group
    # The two below: their fields asked once in the deepest group, each group reported.
    assert [(sub.fim_id, [s.fim_id for s in sub.fim_path]) for sub in item.fields] == [
        ("F99000000008V1.0.0", []),
        ("F99000000009V1.0.0", ["G99000000009V1.0.0"]),
        ("F99000000010V1.0.0", ["G99000000009V1.0.0", "G99000000010V1.0.0"])]
    for deep in ("G99000000009V1.0.0", "G99000000010V1.0.0"):
        said = [f.what for f in result.findings if f.fim_id == deep]
        assert "group repeated (0:*) deeper than 8 groups: flattened, asked once" in said
    answers = sample_answers(form, TODAY)
    assert validate_form(form, answers, TODAY) == {}
    data = read_application_data(render(sample_record(form, answers=answers,
                                                      vorgangsnummer="T", signed_at=SIGNED)))
    node = data["fim_data"]["G99000000001V1.0.0"][0]
    for level in range(2, MAX_GROUP_DEPTH + 1):
        node = node[f"G990000{level:05d}V1.0.0"][0]
    assert node["G99000000009V1.0.0"][0]["G99000000010V1.0.0"] == [
        {"F99000000010V1.0.0": "Beispieltext"}]


def test_a_field_repeated_inside_a_group_is_a_list_for_the_case_system(tmp_path: Path) -> None:
    """A Datenfeld placed 1:* inside a group (the Versicherungsart of the FIM portal's
    S05000001216) is a group of one sub-field inside the group's entry; the case system
    gets the list of its answers under the field's FIM id (definition written for this
    test in the importer's shape)."""
    from forms.fim_data import fim_data

    definition = {
        "id": "wiederholt", "version": 1, "title": "T", "description": "D",
        "fee": {"amount_cents": 0, "currency": "EUR", "legal_basis": "L"},
        "sections": [{"id": "s", "title": "S", "fim_id": "G1V1.0", "fields": [{
            "id": "vermittler", "type": "group", "label": "Vermittler", "fim_id": "G2V1.0",
            "max_items": 5, "fields": [
                {"id": "name", "type": "text", "label": "Name", "fim_id": "F1V1.0"},
                {"id": "art", "type": "group", "label": "Versicherungsart", "fim_id": "F2V1.0",
                 "max_items": 20, "fields": [{"id": "wert", "type": "text",
                                              "label": "Versicherungsart"}]}]}]}]}
    path = tmp_path / "wiederholt.json"
    path.write_text(json.dumps(definition), encoding="utf-8")
    form = load_form(path)
    answers = {"vermittler": Entries(({"name": "A", "art": Entries(({"wert": "Leben"},
                                                                   {"wert": "Kfz"}))},))}
    assert validate_form(form, answers, TODAY) == {}
    assert fim_data(form, answers_to_json(form, answers)) == {
        "G1V1.0": {"G2V1.0": [{"F1V1.0": "A", "F2V1.0": ["Leben", "Kfz"]}]}}


def test_samples_leave_out_an_optional_group_they_cannot_fill(tmp_path: Path) -> None:
    """A repeated field inside a group with a pattern the samples cannot meet (the 13-digit
    Steuernummer of the FIM portal's S00000000374, 0:* inside an optional group): the
    optional group is left empty, so `forms render` without --data stays valid."""
    definition = {
        "id": "muster", "version": 1, "title": "T", "description": "D",
        "fee": {"amount_cents": 0, "currency": "EUR", "legal_basis": "L"},
        "sections": [{"id": "s", "title": "S", "fields": [{
            "id": "nachweise", "type": "group", "label": "Nachweise", "required": False,
            "max_items": 1, "fields": [{
                "id": "steuernummer", "type": "group", "label": "Steuernummer",
                "required": False, "max_items": 20, "fields": [{
                    "id": "wert", "type": "text", "label": "Steuernummer",
                    "pattern": "[1-9][0-9]{12}", "max_length": 13}]}]}]}]}
    path = tmp_path / "muster.json"
    path.write_text(json.dumps(definition), encoding="utf-8")
    form = load_form(path)
    answers = sample_answers(form, TODAY)
    assert validate_form(form, answers, TODAY) == {}
    outer = answers["nachweise"]
    assert isinstance(outer, Entries)
    assert [dict(item) for item in outer.items] == [{"steuernummer": Entries()}]
