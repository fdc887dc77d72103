"""FIM XDatenfelder import: small but realistic xdf2 and xdf3 schemas written for the
tests (code lists inline and as genericode, rules, repeated groups, unmappable fields)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from forms.definition_schema import schema_errors
from forms.fim import FimImportError, import_fim
from forms.loader import load_form
from forms.model import Condition
from forms.pdf import read_application_data
from forms.pdf import render_application_pdf as render
from forms.samples import sample_answers, sample_record
from forms.validation import validate_form

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "fim"


def _imported(tmp_path: Path, source: str, form_id: str) -> tuple[Path, list[str]]:
    result = import_fim(DATA / source, form_id)
    out = tmp_path / f"{form_id}.json"
    out.write_text(json.dumps(result.definition, ensure_ascii=False), encoding="utf-8")
    assert schema_errors(result.definition) == []
    return out, [f"{f.fim_id} {f.what}" for f in result.findings]


def _renders(path: Path) -> None:
    form = load_form(path)
    answers = sample_answers(form)
    assert validate_form(form, answers) == {}
    pdf = render(sample_record(form, answers=answers, vorgangsnummer="X-1",
                               signed_at=datetime(2026, 1, 1, tzinfo=UTC)))
    assert read_application_data(pdf)["form_id"] == form.id


def test_xdf2_groups_code_list_rules(tmp_path: Path) -> None:
    path, findings = _imported(tmp_path, "xdf2-hundesteuer.xml", "hundesteuer")
    form = load_form(path)
    assert form.title.source == "Anmeldung eines Hundes zur Hundesteuer"
    assert form.version == 2
    assert form.submission_service == "fim:S99000001"
    assert form.field("familienname").max_length == 60
    assert form.field("familienname").required
    phone = form.field("telefon")
    assert (phone.required, phone.pattern) == (False, "[0-9 +/()-]+")
    dogs = form.field("einzelner_hund")
    assert dogs.type == "group"
    assert (dogs.min_items, dogs.max_items) == (1, 3)
    breed = next(f for f in dogs.fields if f.id == "rasse")
    assert breed.type == "choice"
    assert [(o.value, o.label.source) for o in breed.options] == [
        ("001", "Dackel"), ("002", "Schäferhund"), ("999", "Mischling / andere")]
    assert form.field("gefaehrlich").type == "yes_no"
    # Nothing silently dropped: the rule, the label, the upload and the repetition.
    assert any(f.startswith("R99000001 rule") for f in findings)
    assert any(f.startswith("F99000021 Feldart 'label'") for f in findings)
    vaccination = form.field("impfpass")  # an upload: a file field
    assert (vaccination.type, vaccination.required) == ("file", True)
    assert any(f.startswith("F99000022 Datentyp 'file': takes JPEG, PNG or PDF")
               for f in findings)
    # An upload in the repeated group: asked once, right after the group.
    ids = [f.id for f in form.sections[-1].fields]
    assert ids[ids.index("einzelner_hund") + 1] == "foto"
    assert (form.field("foto").type, form.field("foto").required) == ("file", False)
    assert "foto" not in {f.id for f in dogs.fields}
    assert "F99000013 file field in group G99000004 (1:3): asked once, after the group, " \
        "and optional" in findings
    assert any(f.startswith("F99000013 Datentyp 'file'") and "maxSize=2048" in f
               for f in findings)
    assert any("English copied" in f for f in findings)
    # The legal basis of the schema is not the fee's; texts without a maximum are not cut.
    assert form.fee_legal_basis.source == "Bitte ergänzen: Rechtsgrundlage der Gebühr"
    assert "S99000001V2.1 legal basis of the schema ('§ 3 Hundesteuersatzung') is not the " \
        "fee's: not printed as the fee's basis" in findings
    assert form.field("versicherung").max_length == 4000
    assert any(f.startswith("S99000001V2.1 3 text fields have no published maximum") and
               "F99000024" in f for f in findings)
    # Every field and group keeps its FIM id.
    assert (form.field("familienname").fim_id, dogs.fim_id) == ("F99000001", "G99000004")
    assert breed.fim_id == "F99000011"
    _renders(path)


def test_xdf3_inline_values_numbers_and_unknown_types(tmp_path: Path) -> None:
    path, findings = _imported(tmp_path, "xdf3-sondernutzung.xml", "sondernutzung")
    form = load_form(path)
    assert [s.id for s in form.sections] == ["allgemein", "halteverbot"]
    assert form.field("antragsteller_name").type == "latin_text"
    assert form.field("antragsteller_name").max_length == 80
    assert [o.value for o in form.field("fahrzeug").options] == ["pkw", "lkw"]
    length = form.field("laenge")
    # maxValue 30 in its Präzisierung, 20 by the rule R99000106 (tests/test_fim_rules.py).
    assert (length.type, length.minimum, length.maximum) == ("integer", 5, 20)
    assert form.field("kaution").type == "currency"
    assert form.field("datum").type == "date"
    assert form.fee_legal_basis.source == "Bitte ergänzen: Rechtsgrundlage der Gebühr"
    assert any(f.startswith("F99000105 Datentyp 'time'") for f in findings)
    assert any(f.startswith("F99000106 Feldart 'hidden'") for f in findings)
    plan = form.field("lageplan")
    assert (plan.type, plan.accept) == ("file", ())
    assert plan.help is not None
    assert plan.help.source == "Skizze oder Kartenausschnitt mit der markierten Fläche."
    assert not any(f.startswith("F99000107") and "not imported" in f for f in findings)
    # The rule 'laenge.pflicht = fahrzeug == 'lkw'' is mapped (tests/test_fim_rules.py).
    assert (length.required, length.required_if) == (False, Condition("fahrzeug", equals="lkw"))
    assert not any(f.startswith("R99000100") for f in findings)
    _renders(path)


def test_not_fim(tmp_path: Path) -> None:
    other = tmp_path / "other.xml"
    other.write_text("<root xmlns='urn:example'/>", encoding="utf-8")
    with pytest.raises(FimImportError, match="not XDatenfelder"):
        import_fim(other, "other")
    with pytest.raises(FimImportError):
        import_fim(DATA / "hunderassen.gc.xml", "x")


def test_cli_import_list_validate_render(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ui.main", "forms", *args], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=120,
                              check=False)

    out = tmp_path / "hundesteuer.json"
    result = run("import-fim", str(DATA / "xdf2-hundesteuer.xml"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "not mapped: F99000022 Impfpass: Datentyp 'file'" in result.stdout
    assert ("not mapped: R99000005 Bisherige Gemeinde mit Telefon: rule on group G99000001 "
            "'Halter' not mapped: '&&' is not expressible") in result.stdout
    assert run("validate", str(out)).returncode == 0
    broken = json.loads(out.read_text(encoding="utf-8"))
    broken["sections"][0]["fields"][0]["type"] = "hologram"
    bad = tmp_path / "hundesteuer-bad.json"
    bad.write_text(json.dumps(broken), encoding="utf-8")
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert "hologram" in result.stderr
    listing = json.loads(run("list", "--json").stdout)
    assert len(listing) == 9
    assert {"id", "version", "title"} <= set(listing[0])
    pdf = tmp_path / "u.pdf"
    data = tmp_path / "data.json"
    data.write_text(json.dumps({"family_name": "R2D2"}), encoding="utf-8")
    result = run("render", "ummeldung", "--data", str(data), "--out", str(pdf))
    assert result.returncode == 1
    assert "family_name: Please use letters only" in result.stderr
    result = run("render", "ummeldung", "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-1.7")


def test_an_unmapped_xdf2_rule_is_quoted_by_its_text_not_the_empty_stub(tmp_path: Path) -> None:
    source = (DATA / "real" / "bewohnerparken" / "S05000058V1.0_xdf2.xml").read_text("utf-8")
    changed = re.sub(r"G05000499\s+zur\s+Pflichtangabe\.",
                     "G05000499 zur Pflichtangabe, sofern bekannt.", source, count=1)
    assert changed != source
    path = tmp_path / "schema.xml"
    path.write_text(changed, encoding="utf-8")
    for code_list in (DATA / "real" / "bewohnerparken").glob("C*.xml"):
        (tmp_path / code_list.name).write_bytes(code_list.read_bytes())
    result = import_fim(path, "bewohner")
    (rule,) = [f for f in result.findings if f.fim_id == "R05000281"]
    assert "function script" not in rule.what
    assert rule.what.endswith("('Wenn bei F05001047 \"02 Das Fahrzeug ist auf einen anderen "
                              "Halter zugelassen.\" angegeben wird, dann wird G05000499 zur "
                              "Pflichtangabe, sofern bekannt.')")


def test_xdf3_field_message_and_clock_types(tmp_path: Path) -> None:
    path = tmp_path / "feld.xml"
    path.write_text(
        '<xdf:xdatenfelder.datenfeld.0104 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">'
        "<xdf:header/><xdf:datenfeld><xdf:identifikation><xdf:id>F60000000001</xdf:id>"
        "<xdf:version>1.0.0</xdf:version></xdf:identifikation><xdf:name>Termin</xdf:name>"
        '<xdf:feldart code="input"/><xdf:datentyp code="datetime"/></xdf:datenfeld>'
        "</xdf:xdatenfelder.datenfeld.0104>", encoding="utf-8")
    out, findings = _imported_from(tmp_path, path, "termin")
    form = load_form(out)
    field = form.field("termin")
    assert (field.type, field.fim_id, field.example) == ("text", "F60000000001V1.0.0",
                                                         "01.02.2026 09:30")
    assert field.pattern is not None
    assert "F60000000001V1.0.0 a datenfeld message: imported as a form of one section" \
        in findings
    time = load_form(_imported(tmp_path, "xdf3-sondernutzung.xml", "sondernutzung")[0])
    assert next(f for f in time.all_fields() if f.fim_id == "F99000105").example == "09:30"


def _imported_from(tmp_path: Path, source: Path, form_id: str) -> tuple[Path, list[str]]:
    result = import_fim(source, form_id)
    out = tmp_path / f"{form_id}.json"
    out.write_text(json.dumps(result.definition, ensure_ascii=False), encoding="utf-8")
    assert schema_errors(result.definition) == []
    return out, [f"{f.fim_id} {f.what}" for f in result.findings]


def _xdf3_select(reference: str) -> str:
    return (
        '<xdf:xdatenfelder.datenfeld.0104 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">'
        "<xdf:header/><xdf:datenfeld><xdf:identifikation><xdf:id>F60000000002</xdf:id>"
        "</xdf:identifikation><xdf:name>Staat</xdf:name><xdf:feldart><code>select</code>"
        f"</xdf:feldart><xdf:datentyp><code>text</code></xdf:datentyp>{reference}"
        "</xdf:datenfeld></xdf:xdatenfelder.datenfeld.0104>")


def test_xdf3_code_list_reference_with_its_columns(tmp_path: Path) -> None:
    path = tmp_path / "staat.xml"
    path.write_text(_xdf3_select(
        "<xdf:codelisteReferenz><xdf:canonicalIdentification>"
        "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat"
        "</xdf:canonicalIdentification><xdf:version>2020-05-11</xdf:version>"
        "</xdf:codelisteReferenz><xdf:codeKey>iso-2</xdf:codeKey>"
        "<xdf:nameKey>staatsname-voll</xdf:nameKey>"), encoding="utf-8")
    out, findings = _imported_from(tmp_path, path, "staat")
    field = load_form(out).field("staat")
    assert (field.type, len(field.options)) == ("choice", 197)  # coded by ISO 3166 alpha-2
    assert field.option("DE") is not None
    assert field.option("DE").label.source == "die Bundesrepublik Deutschland"  # type: ignore[union-attr]
    assert not any("code list" in f for f in findings)
    path.write_text(_xdf3_select(
        "<xdf:codelisteReferenz><xdf:canonicalIdentification>urn:de:example:unbekannt"
        "</xdf:canonicalIdentification><xdf:version>1</xdf:version></xdf:codelisteReferenz>"),
        encoding="utf-8")
    out, findings = _imported_from(tmp_path, path, "unbekannt")
    assert load_form(out).field("staat").type == "text"
    assert (f"F60000000002 code list urn:de:example:unbekannt (version 1) not available "
            f"offline: imported as text; drop its genericode file into {tmp_path} and import "
            "again") in findings
