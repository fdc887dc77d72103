"""``buergerbuero forms …``: the form author's and technician's commands (Qt-free).

- ``forms list [--json]``: identifier, version and title of every shipped form.
- ``forms validate FILE``: check a definition against the JSON Schema and the
  loader's rules (references, ids, translations) and, for a form the terminal
  offers, its FIT-Connect facts (Leika key, Fachdaten schema); exit 0 when it is fine.
- ``forms schema FORM``: the JSON Schema of the form's Fachdaten (its submissionSchema).
- ``forms render FORM [--data DATA.json] --out FILE.pdf [--language TAG]``: the
  application PDF (PDF/A-3b) for answers in DATA (sample answers without it). The PDF
  is German (the office's language); ``--language`` is the citizen's language the
  application records (any offered BCP 47 tag: de, de-x-ls, en, tr, ar, uk, ru, pl, ro).
- ``forms import-fim FILE.xml --out FORM.json``: map an XDatenfelder 2/3 schema;
  everything not mapped is listed field by field.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from forms import fachdaten
from forms.answers import AnswerFormatError, answers_from_json
from forms.definition_schema import schema_errors
from forms.fim import FimImportError, import_fim
from forms.loader import load_form, shipped_forms
from forms.model import FormDef, FormDefinitionError
from forms.pdf import render_application_pdf
from forms.samples import sample_answers, sample_record
from forms.validation import validate_form
from kiosk.base.catalogue import catalogue, text
from kiosk.services import CATALOGUE
from kiosk.settings import load_settings

EXIT_INVALID = 1
EXIT_USER_ERROR = 2


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Register ``forms list|validate|render|import-fim`` on the main CLI."""
    forms = subparsers.add_parser("forms", help="form definitions: list, validate, render, "
                                  "import FIM")
    commands = forms.add_subparsers(dest="forms_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", help="every shipped form: id, version, title")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=_list)
    validate = commands.add_parser("validate", help="check a definition file")
    validate.add_argument("file", type=Path)
    validate.set_defaults(func=_validate)
    schema = commands.add_parser("schema", help="the JSON Schema of a form's Fachdaten")
    schema.add_argument("form", help="a shipped form id or a definition file")
    schema.set_defaults(func=_schema)
    render = commands.add_parser("render", help="render an application PDF")
    render.add_argument("form", help="a shipped form id or a definition file")
    render.add_argument("--data", type=Path, help="answers as JSON (default: sample answers)")
    render.add_argument("--out", type=Path, required=True)
    render.add_argument("--language", default="de", metavar="TAG",
                        help="the citizen's language the application records, a BCP 47 "
                        "tag the catalogue offers (default: de); the PDF itself is German")
    render.set_defaults(func=_render)
    fim = commands.add_parser("import-fim", help="import an XDatenfelder 2/3 schema")
    fim.add_argument("file", type=Path)
    fim.add_argument("--out", type=Path, required=True,
                     help="the definition to write; its file name is the form id")
    fim.add_argument("--code-lists", type=Path, action="append", default=[], metavar="DIR",
                     help="a folder of genericode code lists (may be given more than once)")
    fim.set_defaults(func=_import_fim)



def _list(args: argparse.Namespace) -> int:
    languages = catalogue().languages()
    rows: list[dict[str, Any]] = [
        {"id": f.id, "version": f.version,
         "title": {language: text(f.title, language) for language in languages}}
        for f in sorted(shipped_forms().values(), key=lambda f: f.id)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for row in rows:
            print(f"{row['id']:32} v{row['version']:<3} {row['title']['de']}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"{path}: cannot be read as JSON: {exc}", file=sys.stderr)
        return EXIT_INVALID
    problems = _problems(raw, path)
    if not problems:
        problems = _fit_connect_problems(load_form(path), path)
    if not problems:
        print(f"{path}: valid")
    return EXIT_INVALID if problems else 0


def _fit_connect_problems(form: FormDef, path: Path) -> list[str]:
    """A form the terminal offers needs its Leika key and Fachdaten schema (FIT-Connect);
    a placeholder key is named, but passes (docs/fitconnect.md lists them)."""
    offered = any(s.form_id == form.id for s in CATALOGUE)
    problems = fachdaten.problems(form) if offered or form.leika else []
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    if not problems and form.leika and form.leika.startswith(fachdaten.PLACEHOLDER_LEIKA):
        print(f"{path}: note: {form.leika} is a placeholder Leika key; enter the real one "
              "from the Leistungskatalog before registering the service", file=sys.stderr)
    return problems


def _schema(args: argparse.Namespace) -> int:
    forms = shipped_forms()
    form = forms[args.form] if args.form in forms else load_form(Path(args.form))
    print(json.dumps(fachdaten.data_schema(form), ensure_ascii=False, indent=2))
    return 0


def _render(args: argparse.Namespace) -> int:
    offered = catalogue().languages()
    if args.language not in offered:
        print(f"error: --language {args.language}: not an offered language; the catalogue "
              f"has {', '.join(offered)}", file=sys.stderr)
        return EXIT_USER_ERROR
    form_arg: str = args.form
    forms = shipped_forms()
    form = forms[form_arg] if form_arg in forms else load_form(Path(form_arg))
    if args.data:
        try:
            raw = json.loads(Path(args.data).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            print(f"{args.data}: cannot be read as JSON: {exc}", file=sys.stderr)
            return EXIT_USER_ERROR
        if not isinstance(raw, dict):
            print(f"{args.data}: must be a JSON object of answers by field id", file=sys.stderr)
            return EXIT_USER_ERROR
        try:
            answers = answers_from_json(form, raw)
        except AnswerFormatError as exc:
            print(f"{args.data}: {exc}", file=sys.stderr)
            return EXIT_USER_ERROR
    else:
        answers = sample_answers(form)
    problems = validate_form(form, answers)
    if problems:
        for field_id, message in problems.items():
            print(f"{field_id}: {message.untranslated()}", file=sys.stderr)
        return EXIT_INVALID
    settings = load_settings(None)
    record = sample_record(form, answers=answers, language=args.language,
                           terminal_id=settings.terminal_id, office_name=settings.office_name,
                           place=settings.place)
    args.out.write_bytes(render_application_pdf(record))
    print(f"{args.out}: {form.id} rendered (made in {args.language}; the PDF is German)")
    return 0


def _import_fim(args: argparse.Namespace) -> int:
    out: Path = args.out
    try:
        result = import_fim(args.file, out.stem, args.code_lists)
    except FimImportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    out.write_text(json.dumps(result.definition, ensure_ascii=False, indent=2) + "\n",
                   encoding="utf-8")
    for finding in result.findings:
        print(f"not mapped: {finding.fim_id or '-'} {finding.name}: {finding.what}")
    problems = _problems(result.definition, out)
    fields = sum(len(s["fields"]) for s in result.definition["sections"])
    print(f"{out}: {len(result.definition['sections'])} sections, {fields} fields imported, "
          f"{len(result.findings)} findings")
    return EXIT_INVALID if problems else 0


def _problems(raw: object, path: Path) -> list[str]:
    """What the schema and the loader find wrong with a definition; each printed."""

    problems = schema_errors(raw)
    try:
        load_form(path)
    except FormDefinitionError as exc:
        problems.append(exc.message.untranslated())
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    return problems
