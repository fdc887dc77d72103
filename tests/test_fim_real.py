"""The FIM import on real exports nobody on the project wrote (tests/data/fim/real/,
sources in SOURCE.md): valid against the official XSDs, and what the import keeps,
field by field, with nothing changed that the report does not name."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from forms.answers import Entries, answers_to_json
from forms.definition_schema import schema_errors
from forms.fim import ImportResult, import_fim
from forms.fim_codelists import read_genericode
from forms.fim_fields import UNLIMITED_TEXT
from forms.fim_freetext import free_text_script
from forms.loader import load_form
from forms.model import Condition, FieldDef, FormDef
from forms.pdf import read_application_data
from forms.pdf import render_application_pdf as render
from forms.samples import sample_answers, sample_record
from forms.validation import validate_form, visible_answers

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "fim"
REAL = DATA / "real"
EXPECTED = REAL / "expected"
BEWOHNER = REAL / "bewohnerparken" / "S05000058V1.0_xdf2.xml"
GEWERBE = REAL / "gewerbeanmeldung" / "S00000009_xdatenfelder.xml"
BLAUE_KARTE = REAL / "blaue-karte" / "BlaueKarte.xml"
ANSCHRIFT = REAL / "xdf3-anschrift-inland" / "G60000000088_anschrift_inland.xml"
# Real xdf3 exports of the FIM portal (fimportal.de), of two authorities.
SPRENGSTOFF = REAL / "sprengstoff" / "S00000000373_schema.xdf.xml"
JAGD = REAL / "jaegerpruefung" / "S07000000201_schema.xdf.xml"
VERMITTLER = REAL / "versicherungsvermittler" / "S05000001216_schema.xdf.xml"
FILES = {"bewohnerparken": BEWOHNER, "gewerbeanmeldung": GEWERBE, "blaue-karte": BLAUE_KARTE,
         "anschrift-inland": ANSCHRIFT, "sprengstoff": SPRENGSTOFF, "jaegerpruefung": JAGD,
         "versicherungsvermittler": VERMITTLER}
TODAY = date(2026, 6, 1)


def _schema(version: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(DATA / "xsd" / version / "xdatenfelder.xsd")))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _imported(tmp_path: Path, name: str, **options: Any) -> tuple[ImportResult, FormDef]:
    result = import_fim(FILES[name], f"fim-{name}", **options)
    assert schema_errors(result.definition) == []
    path = tmp_path / f"fim-{name}.json"
    path.write_text(json.dumps(result.definition, ensure_ascii=False), encoding="utf-8")
    return result, load_form(path)


def _summary(definition: dict[str, Any]) -> list[str]:
    """One line per section and field: what the kiosk asks, as the import left it."""
    lines = []

    def describe(item: dict[str, Any], indent: str) -> None:
        keys = ("required", "max_length", "min_items", "max_items", "minimum", "maximum",
                "pattern", "visible_if", "required_if")
        extra = " ".join(f"{k}={json.dumps(item[k], ensure_ascii=False)}" for k in keys
                         if k in item)
        options = f" options={len(item['options'])}" if "options" in item else ""
        path = "/".join(f"{s['fim_id']}({s['anzahl']})" for s in item.get("fim_path", []))
        lines.append(f"{indent}{item['id']} {item['type']} {item.get('fim_id', '-')} "
                     f"{extra}{options}{' in=' + path if path else ''}".rstrip())
        for sub in item.get("fields", []):
            describe(sub, indent + "    ")

    for section in definition["sections"]:
        lines.append(f"[{section['id']}] {section.get('fim_id', '-')} {section['title']}")
        for item in section["fields"]:
            describe(item, "  ")
    lines.extend(f"check {c['id']}: {c['earlier']} <= {c['later']}"
                 for c in definition.get("checks", []))
    return lines


def _fields_of(form: FormDef) -> list[FieldDef]:
    """Every field of ``form``, and every sub-field at any depth."""
    found: list[FieldDef] = []

    def walk(items: tuple[FieldDef, ...]) -> None:
        for item in items:
            found.append(item)
            walk(item.fields)

    walk(tuple(form.all_fields()))
    return found


def _all_items(definition: dict[str, Any]) -> list[dict[str, Any]]:
    """Every field and sub-field, at any depth."""
    found: list[dict[str, Any]] = []

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            found.append(item)
            walk(item.get("fields", []))

    for section in definition["sections"]:
        walk(section["fields"])
    return found


# -- the files are what they claim to be ---------------------------------------------

@pytest.mark.parametrize("path", [BEWOHNER, GEWERBE, BLAUE_KARTE, DATA / "xdf2-hundesteuer.xml"],
                         ids=lambda p: p.name)
def test_xdf2_files_are_valid(path: Path) -> None:
    schema = _schema("xdf2")
    assert schema.validate(etree.parse(str(path))), schema.error_log


@pytest.mark.parametrize("path", [SPRENGSTOFF, JAGD, VERMITTLER], ids=lambda p: p.name)
def test_xdf3_portal_exports_are_valid(path: Path) -> None:
    schema = _schema("xdf3")
    document = etree.parse(str(path))
    assert schema.validate(document), schema.error_log
    root = document.getroot()
    assert _local(root.tag) == "xdatenfelder.stammdatenschema.0102"
    assert root.findtext("./{*}header/{*}nachrichtID") == "fimportal-export"


def test_real_xdf3_file_is_read_though_the_xsd_refuses_its_element_order() -> None:
    """The xdf3 file is a library's hand-written test file: the 3.0.0 XSD refuses it (first
    at line 26, gueltigAb after versionshinweis); the importer reads it all the same."""
    schema = _schema("xdf3")
    assert not schema.validate(etree.parse(str(ANSCHRIFT)))
    assert [(e.line, "'{urn:xoev-de:fim:standard:xdatenfelder_3.0.0}gueltigAb'" in e.message)
            for e in schema.error_log] == [(26, True)]


def test_the_genericode_files_name_what_the_schema_references() -> None:
    root = ET.parse(BEWOHNER).getroot()  # our own test data
    wanted = {" ".join((e.text or "").split()) for e in root.iter()
              if _local(e.tag) == "canonicalIdentification"}
    found = {read_genericode(p).uri for p in BEWOHNER.parent.glob("C*.xml")}  # type: ignore[union-attr]
    assert wanted == found


# -- field by field -------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(FILES))
def test_what_the_import_keeps_field_by_field(tmp_path: Path, name: str) -> None:
    result, form = _imported(tmp_path, name)
    expected = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    assert _summary(result.definition) == expected["fields"]
    assert [f"{f.fim_id} {f.what}".replace(str(REAL), "REAL") for f in result.findings] == \
        expected["report"]
    # What was imported can be asked, checked, rendered (forms render without --data).
    answers = sample_answers(form, TODAY)
    assert validate_form(form, answers, TODAY) == {}
    record = sample_record(form, answers=answers, vorgangsnummer="FIM-1",
                           signed_at=datetime(2026, 6, 1, tzinfo=UTC))
    data = read_application_data(render(record))
    assert data["form_id"] == form.id
    assert data["fim_ids"] == form.fim_ids()
    assert data["fim_ids"]["fields"]


def _published_max_length(element: ET.Element) -> int | None:
    raw = " ".join((element.findtext("./{*}praezisierung") or "").split())
    if raw.startswith("{"):
        value = json.loads(raw).get("maxLength")
        return int(value) if value else None
    precision = element.find("./{*}praezisierung")
    if precision is not None and precision.get("maxLength"):
        return int(precision.get("maxLength", ""))
    return int(raw) if raw.isdigit() else None


@pytest.mark.parametrize("name", sorted(FILES))
def test_nothing_is_dropped_or_changed_without_a_word(tmp_path: Path, name: str) -> None:
    result, _form = _imported(tmp_path, name)
    root = ET.parse(FILES[name]).getroot()  # our own test data
    reported = {f.fim_id.split("V")[0] for f in result.findings}
    items = _all_items(result.definition)
    kept = {s["fim_id"].split("V")[0]: s for s in result.definition["sections"]
            if "fim_id" in s}
    kept |= {i["fim_id"].split("V")[0]: i for i in items if "fim_id" in i}
    elements = [e for e in root.iter() if _local(e.tag) in ("datenfeld", "datenfeldgruppe")]
    said = " ".join(f.what for f in result.findings)
    for element in elements:
        fim_id = " ".join((element.findtext("./{*}identifikation/{*}id") or "").split())
        assert fim_id in kept or fim_id in reported, f"{fim_id} neither kept nor reported"
        item = kept.get(fim_id)
        if item is None or item.get("type") not in ("text", "latin_text") or "example" in item:
            continue  # not kept, not a text, or a clock field (its own length)
        # A text keeps its published length; one without is not cut to 100 characters.
        published = _published_max_length(element)
        if published is None:
            assert item["max_length"] == UNLIMITED_TEXT
            assert item["fim_id"] in said
        else:
            assert item["max_length"] == published, fim_id
    # Every rule is named in the report, or the fields it sets carry its condition.
    for rule in (e for e in root.iter() if _local(e.tag) == "regel"):
        rule_id = " ".join((rule.findtext("./{*}identifikation/{*}id") or "").split())
        if rule_id in reported:
            continue
        script = free_text_script(rule.findtext("./{*}freitextRegel")  # xdf3
                                  or rule.findtext("./{*}definition") or "")
        targets = re.findall(r"([FG][\w-]+)\.(pflicht|sichtbar)", script)
        assert targets, f"rule {rule_id} neither mapped nor reported"
        for target, flag in targets:
            key = "required_if" if flag == "pflicht" else "visible_if"
            assert key in kept[target], f"rule {rule_id}: {target} has no {key}"


# -- what the issue named, one by one ------------------------------------------------

def test_bewohnerparkausweis_asks_what_applies(tmp_path: Path) -> None:
    result, form = _imported(tmp_path, "bewohnerparken")
    # Code lists beside the schema, by genericodeIdentification (none is free text).
    kind = form.field("art_des_antrags_bewohnerparkausweis")
    assert kind.type == "choice"
    assert [o.value for o in kind.options] == ["01", "02"]
    assert len(form.field("land").options) == 197  # Destatis Staat
    assert not any("code list" in f.what for f in result.findings)
    # The 0:1 groups are optional; the German free-text rules make them required.
    permit = form.field("angaben_zur_bestehendem_bewohnerparkausweis")
    assert (permit.type, permit.required, permit.fim_id) == ("group", False, "G05000599V1.0")
    assert permit.required_if == Condition(kind.id, equals="02")
    holder = form.field("angaben_zur_fahrzeughalterin_zum_fahrzeughalter")
    assert holder.required_if == Condition("angaben_zur_halterin_zum_halter", equals="02")
    # A first-time applicant who owns her car: nothing about a permit or another holder.
    answers = sample_answers(form, TODAY) | {
        kind.id: "01", "angaben_zur_halterin_zum_halter": "01",
        permit.id: Entries(()), holder.id: Entries(()), "nutzungsuberlassung": "",
        "zulassungsbescheinigung_teil_i_fahrzeugschein": ""}
    assert validate_form(form, answers, TODAY) == {}
    renewal = answers | {kind.id: "02"}
    assert set(validate_form(form, renewal, TODAY)) == {permit.id}
    # Several given names (1:*): a repeated field; the record carries the FIM ids.
    names = form.field("vorname")
    assert (names.type, names.min_items, names.max_items) == ("group", 1, 20)
    assert form.fim_ids()["fields"]["vorname"] == "F05000060V1.0"


def test_blaue_karte_visibility_from_free_text(tmp_path: Path) -> None:
    result, form = _imported(tmp_path, "blaue-karte")
    insurer = next(f for f in form.all_fields() if f.fim_id == "F00001028V1.0")
    has_insurance = next(f for f in form.all_fields() if f.fim_id == "F00001027V1.0")
    assert insurer.visible_if == Condition(has_insurance.id, equals="yes")
    answers = sample_answers(form, TODAY) | {has_insurance.id: "no"}
    assert insurer.id not in visible_answers(form, answers)
    assert not any(f.fim_id == "" and "rule" in f.what for f in result.findings)
    assert sum(" rule on " in f" {f.what}" for f in result.findings) == 0
    # The lines of an address abroad (anzahl 2:5 inside the group): five fields, two required.
    abroad = form.field("anschrift_adresse_ausland")
    lines = [(f.id, f.required, f.fim_id) for f in abroad.fields if f.id != "staat"]
    assert lines == [(f"zeileanschrift_{n}", n <= 2, "F00000087V1.0") for n in range(1, 6)]


def test_gewerbeanmeldung_multi_select_and_code_list_folder(tmp_path: Path) -> None:
    result, _form = _imported(tmp_path, "gewerbeanmeldung")
    art = [f for f in result.findings if f.fim_id == "F00000120V1.0"]
    assert [f.what for f in art] == [
        "code list GewerbeArt not available offline: imported as text; drop its genericode "
        f"file into {GEWERBE.parent} and import again",
        "pattern 'Mehrfachauswahl' (several values may be chosen): a multi-choice once the "
        "code list is there"]
    # The technician drops the list into a folder of code lists: a multi-choice, not a regex.
    folder = tmp_path / "codelisten"
    folder.mkdir()
    (folder / "gewerbeart.xml").write_text(
        "<CodeList xmlns='http://docs.oasis-open.org/codelist/ns/genericode/1.0/'>"
        "<Identification><CanonicalUri>GewerbeArt</CanonicalUri></Identification>"
        "<ColumnSet><Column Id='code'/><Column Id='name'/></ColumnSet><SimpleCodeList>"
        + "".join(f"<Row><Value><SimpleValue>{c}</SimpleValue></Value><Value><SimpleValue>"
                  f"{n}</SimpleValue></Value></Row>" for c, n in
                  (("1", "Industrie"), ("2", "Handwerk"), ("3", "Handel")))
        + "</SimpleCodeList></CodeList>", encoding="utf-8")
    result, form = _imported(tmp_path, "gewerbeanmeldung", code_list_dirs=[folder])
    field = next(f for f in form.all_fields() if f.fim_id == "F00000120V1.0")
    assert (field.type, field.pattern, [o.value for o in field.options]) == (
        "multi_choice", None, ["1", "2", "3"])
    missing = next(f.what for f in result.findings if f.fim_id == "F00000103V1.0")
    assert missing == ("code list urn:xoev-de:xgewerbeanzeige:codeliste:rechtsformen (version 3) "
                       f"not available offline: imported as text; drop its genericode file into "
                       f"{folder} and import again")
    # A shipped list in another version: taken, and said so.
    nationality = next(f for f in _fields_of(form) if f.fim_id == "F00000039V1.0")
    assert (nationality.type, len(nationality.options)) == ("choice", 211)
    assert ("code list urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:"
            "staatsangehoerigkeit version 2017-01-01 not found; took version 2021-02-19 from "
            "staatsangehoerigkeit.gc.xml") in [f.what for f in result.findings]
    # A group three levels deep (the permit of the sole owner of a Betriebsinhaber): a
    # group there, its required field required within it, as published; not flattened.
    owner = form.field("betriebsinhaber")
    sole = next(s for s in owner.fields if s.fim_id == "G00000248V1.0")
    permit = next(s for s in sole.fields if s.fim_id == "G00000099V1.0")
    assert (permit.type, permit.required, permit.max_items, permit.fields[0].required) == (
        "group", False, 1, True)
    assert not [f for f in result.findings if f.fim_id == "G00000099V1.0"]


def test_xdf3_group_message_is_a_form(tmp_path: Path) -> None:
    result, form = _imported(tmp_path, "anschrift-inland")
    assert [s.fim_id for s in form.sections] == ["G60000000088V1.2.0"]
    assert result.findings[0].what == "a datenfeldgruppe message: imported as a form of one " \
        "section"


def test_cli_imports_renders_without_data_and_takes_files_at_the_counter(
        tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ui.main", "forms", *args], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=120,
                              check=False)

    out = tmp_path / "bewohnerparken.json"
    result = run("import-fim", str(BEWOHNER), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "not mapped: F00000084V1.1 Hausnummerzusatz: pattern '[\\p{L}0-9. ]*': \\p{L} " \
        "(any letter) taken as the Latin letters of DIN SPEC 91379" in result.stdout
    pdf = tmp_path / "sample.pdf"
    result = run("render", str(out), "--out", str(pdf))  # sample answers
    assert result.returncode == 0, result.stderr
    form = load_form(out)
    data = answers_to_json(form, sample_answers(form))
    files = [f.id for f in form.all_fields() if f.type == "file"]
    data.update({file_id: {"at_counter": True} for file_id in files})  # as docs/forms.md
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("render", str(out), "--data", str(answers), "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    application = read_application_data(pdf.read_bytes())
    assert [application["answers"][f] for f in files] == [{"at_counter": True}] * len(files)
    assert application["fim_ids"]["fields"]["nutzungsuberlassung"] == "F05001248V1.0"


def test_xdf3_portal_export_sprengstoff_field_by_field(tmp_path: Path) -> None:
    """S00000000373 (BMI, gold), converted by the FIM portal from its xdf2 original: a
    repeated notice (1:*) holding a repeated responsible person (1:*) and an optional,
    repeatable appointment (0:*), each a group at the kiosk with its bounds."""
    result, form = _imported(tmp_path, "sprengstoff")
    root = ET.parse(SPRENGSTOFF).getroot()  # our own test data
    notice = form.field("angaben_zur_bestellung_oder_erloschung")
    assert (notice.type, notice.required, notice.min_items, notice.max_items, notice.fim_id) \
        == ("group", True, 1, 20, "G00000002237V1.0.0")
    subs = {s.id: s for s in notice.fields}
    person, appointment = subs["angaben_zur_verantwortlichen_person"], \
        subs["angaben_zur_bestellung"]
    assert (person.required, person.max_items, person.fim_id) == (True, 20,
                                                                   "G00000002238V1.0.0")
    assert (appointment.required, appointment.max_items) == (False, 20)
    # xdf3 value lists inside the schema (no code list file): the published codes.
    kind = subs["art_der_mitteilung_1"]
    assert [(o.value, o.label.untranslated()) for o in kind.options] == [
        ("001", "Bestellung"), ("002", "Erlöschung einer Bestellung")]
    published = [w.findtext("./{*}code") for w in root.iter()
                 if _local(w.tag) == "wert"][:2]
    assert published == ["001", "002"]
    # anzahl 1:2 inside the group: two numbered fields, the first required.
    assert (subs["art_der_mitteilung_2"].required, subs["art_der_mitteilung_2"].fim_id) == (
        False, "F00000003430V1.0.0")
    # Datatypes and lengths as published.
    names = {s.id: s for s in person.fields}
    assert (names["familienname"].type, names["familienname"].max_length) == ("text", 120)
    assert names["doktorgrade"].required is False
    assert subs["datum_der_erloschung"].type == "date"
    basis = {s.id: s for s in appointment.fields}["aufgaben_und_verantwortungsbereich"]
    assert basis.max_length == UNLIMITED_TEXT  # none published: not cut to 100
    # The proof (a file, 0:* inside two groups) is asked once after the group, reported.
    proof = form.field("nachweis")
    assert (proof.type, proof.required) == ("file", False)
    what = [f.what for f in result.findings if f.fim_id == "F60000000296V1.1.0"]
    assert "file field in group G00000002237V1.0.0 (1:*): asked once, after the group, " \
        "and optional" in what
    # The one rule (free text the importer cannot read) is reported with its text.
    (rule,) = [f.what for f in result.findings if f.fim_id == "R00000002588"]
    assert rule.startswith("rule on group G00000002237 'Angaben zur Bestellung oder "
                           "Erlöschung' not mapped")
    ids = form.fim_ids()
    assert ids["fields"]["angaben_zur_bestellung_oder_erloschung.angaben_zur_verantwortlichen"
                         "_person.familienname"] == "F60000000227V1.1.0"


def test_xdf3_portal_export_jaegerpruefung_field_by_field(tmp_path: Path) -> None:
    """S07000000201 (Rheinland-Pfalz, silver), written in xdf3: a partly known birth date,
    an address at home or abroad (two optional groups), a shipped code list."""
    result, form = _imported(tmp_path, "jaegerpruefung")
    assert form.submission_service == "fim:S07000000201"
    assert [s.fim_id for s in form.sections] == ["G07000002577V0.1.0", "G07000000827V1.2.0"]
    day, month, year = (form.field(i) for i in ("tag_ohne_monat_und_jahr", "monat", "jahr"))
    assert [(f.type, f.required, f.minimum, f.maximum) for f in (day, month, year)] == [
        ("integer", False, 1, 31), ("integer", False, 1, 12), ("integer", True, 1850, 2080)]
    assert [s.fim_id for s in year.fim_path] == ["G60000000083V2.0.0"]
    home, abroad = form.field("anschrift_inland_strassenanschrift"), \
        form.field("anschrift_ausland")
    assert [(g.required, g.max_items, g.fim_id) for g in (home, abroad)] == [
        (False, 1, "G60000000086V2.1.0"), (False, 1, "G60000000091V3.0.0")]
    postcode = next(s for s in home.fields if s.id == "postleitzahl")
    assert (postcode.required, postcode.max_length, postcode.pattern) == (
        True, 5, "([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}")
    country = next(s for s in abroad.fields if s.id == "staat")
    assert (country.type, len(country.options)) == ("choice", 197)
    assert ("code list urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat version "
            "2023-02-24 not found; took version 2020-05-11 from staat.gc.xml") in [
                f.what for f in result.findings if f.fim_id == "F60000000261V2.1.0"]
    lines = [s for s in abroad.fields if s.fim_id == "F60000000262V1.1.0"]
    assert [(s.required, s.max_length) for s in lines] == [(True, 35)] * 2 + [(False, 35)] * 3
    # The address rules (the portal's German free text): the address at home is asked
    # and required when the applicant lives in Germany, the one abroad otherwise.
    where = form.field("abfrage_anschrift_inland_oder_ausland")
    assert [o.value for o in where.options] == ["001", "002"]
    assert (home.visible_if, home.required_if) == (Condition(where.id, equals="001"),) * 2
    assert (abroad.visible_if, abroad.required_if) == (Condition(where.id, equals="002"),) * 2
    assert month.required_if == Condition(day.id, is_set=True)  # a day needs its month
    mapped = {"R07000002249", "R07000002250", "R60000000023"}
    assert not [f for f in result.findings if f.fim_id in mapped]
    # Age (< 18 years) and calendar validity are not shapes the kiosk has: reported.
    for rule_id in ("R07000002245", "R60000000024"):
        assert any(f.fim_id == rule_id and "not mapped" in f.what for f in result.findings)
    answers = dict(sample_answers(form, TODAY))
    assert answers[where.id] == "001"
    assert validate_form(form, answers, TODAY) == {}
    assert set(validate_form(form, answers | {home.id: Entries(())}, TODAY)) == {home.id}
    abroad_only = answers | {where.id: "002", home.id: Entries(())}
    assert set(validate_form(form, abroad_only, TODAY)) == {abroad.id}
    assert home.id not in visible_answers(form, abroad_only)
    email = form.field("e_mail")
    assert (email.required, email.max_length) == (False, 254)


def test_xdf3_portal_export_versicherungsvermittler_repeats_inside_groups(
        tmp_path: Path) -> None:
    """S05000001216 (IHK-Organisation, silver): the kinds of insurance (a select placed 1:*
    inside the applicant's group) repeat within it, with the published code list; the
    case system gets the list of codes under the field's FIM id."""
    from forms.fim_data import fim_data

    result, form = _imported(tmp_path, "versicherungsvermittler")
    person = form.field("person")
    kinds = next(s for s in person.fields if s.fim_id == "F05000016896V1.3.0")
    assert (kinds.type, kinds.required, kinds.min_items, kinds.max_items) == (
        "group", True, 1, 20)
    (value,) = kinds.fields
    assert (value.type, value.required, value.fim_id) == ("choice", True, None)
    root = ET.parse(VERMITTLER).getroot()  # our own test data
    field = next(e for e in root.iter() if _local(e.tag) == "datenfeld"
                 and e.findtext("./{*}identifikation/{*}id") == "F05000016896")
    published = [w.findtext("./{*}code") for w in field.iter() if _local(w.tag) == "wert"]
    assert [o.value for o in value.options] == published
    assert "F05000016896V1.3.0 anzahl 1:*: a repeated group of one field (min 1, max 20)" in [
        f"{f.fim_id} {f.what}" for f in result.findings]
    # Up to 20 representatives (1:*), each a group inside the legal person's group.
    legal = form.field("person_juristische_person")
    representatives = next(s for s in legal.fields if s.fim_id == "G05000011202V1.4.0")
    assert (representatives.required, representatives.max_items) == (True, 20)
    answers = dict(sample_answers(form, TODAY))
    entry = dict(answers["person"].items[0])  # type: ignore[union-attr]
    entry[kinds.id] = Entries(tuple({value.id: code} for code in published[:2]))
    answers["person"] = Entries((entry,))
    assert validate_form(form, answers, TODAY) == {}
    data = fim_data(form, answers_to_json(form, answers))
    applicant = data["G05000010674V6.2.0"]  # the section's group, once (files after it)
    assert kinds.fim_path[0].fim_id == "G05000011055V2.0.0"  # a 1:1 group around it
    assert applicant["G05000011055V2.0.0"]["F05000016896V1.3.0"] == published[:2]
    assert "G05000010674V6.2.0" not in applicant
    # A group of files only (Erforderliche Unterlagen) is no group at the kiosk: said so.
    assert any(f.fim_id == "G05000011213V0.2.0" and "of files only" in f.what
               for f in result.findings)
