"""``buergerbuero config check [FILE] [--files] [--json]``: a terminal's settings file (Qt-free).

``buergerbuero config pin [--stdin]`` asks for a staff PIN twice (without echo) and
prints the ``staff_pin`` line for ``kiosk.toml``: the PIN's salted scrypt hash
(``kiosk.staffpin``), never the PIN.

Checks the file as the kiosk reads it (``kiosk.settings.check_file``: every problem,
each with its line and what to write instead) and against the published schema
(``assets/kiosk.schema.json``); ``--files`` (the default for the terminal's own file)
also checks that the files and directories it names can be read here, and loads the
CSCA store (``csca_dir``) as passive authentication will: every file skipped, CRL
ignored or master list refused is a problem, with its reason. A technician
checks a file prepared on a laptop with ``config check FILE``. Exit 0: valid; 1: not.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from devices.icao.csca_store import load_store
from kiosk import staffpin
from kiosk.base.i18n import N_
from kiosk.settings import FIX_EXAMPLE, SECTION, Problem, Settings, check_file, default_config_file
from kiosk.settings_files import file_problems
from kiosk.settings_keys import KEYS, key_lines
from kiosk.settings_schema import SCHEMA_FILE

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

NOT_THERE = N_("Config", "The settings file {path} does not exist. Give the path of an "
               "existing file, or leave out --config to use the defaults.")
FIX_PATH = N_("Config", "Give the path of the terminal's kiosk.toml.")
SCHEMA_REFUSES = N_("Config", "Setting '{key}' in {path} does not match the published schema "
                    "({error}).")
FIX_FILE = N_("Config", "Put the file or directory there, or correct the setting.")
CSCA_PROBLEM = N_("Config", "The CSCA store {path} (setting 'csca_dir'): {problem}")
CSCA_EMPTY = N_("Config", "The CSCA store {path} (setting 'csca_dir') holds no CSCA "
                "certificate: no document chip can be verified.")
FIX_CSCA = N_("Config", "Put the CSCA certificates, their CRLs and the master lists there; a "
              "master list also needs the setting 'csca_master_list_anchor' with the "
              "certificate its signer was issued by.")


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    config = subparsers.add_parser("config", help="the terminal's settings file (kiosk.toml)")
    commands = config.add_subparsers(dest="config_command", metavar="COMMAND")
    config.set_defaults(func=_usage(config))
    check = commands.add_parser(
        "check", help="check a settings file: every problem with its line and what to write")
    check.add_argument("file", nargs="?", type=Path,
                       help="the file (default: this terminal's settings file)")
    check.add_argument("--files", action="store_true",
                       help="also check the files and directories it names on this machine "
                            "(the default without FILE)")
    check.add_argument("--json", action="store_true",
                       help='print {"ok": …, "problems": [{"key", "line", "message", "fix"}]}')
    check.set_defaults(func=_check)
    pin = commands.add_parser(
        "pin", help="make the staff_pin line: the staff PIN's salted hash, never the PIN")
    pin.add_argument("--stdin", action="store_true",
                     help="read the PIN from the first line of standard input (scripts)")
    pin.set_defaults(func=_pin)


def _pin(args: argparse.Namespace) -> int:
    if args.stdin:
        entered = sys.stdin.readline().strip()
    else:
        import getpass  # the terminal's prompt without echo: for this command only

        entered = getpass.getpass("staff PIN (6-12 digits): ")
        if getpass.getpass("the same PIN again: ") != entered:
            print("error: the two PINs differ; nothing was made", file=sys.stderr)
            return EXIT_USAGE
    try:
        line = f'staff_pin = "{staffpin.make_hash(entered)}"'
    except staffpin.PinRefused as exc:
        print(f"error: {exc}; nothing was made", file=sys.stderr)
        return EXIT_USAGE
    print(line)
    print("write this line into kiosk.toml (the PIN itself is not kept anywhere)",
          file=sys.stderr)
    return EXIT_OK


def problems_of(path: Path, *, files: bool) -> list[Problem]:
    """Every problem of the settings file at ``path`` (its loader's and the schema's)."""
    values, problems = check_file(path)
    if (problems and problems[0].key == "") or (problems and problems[0].key == SECTION):
        return problems  # not readable as settings at all: nothing more to check
    problems += _schema_problems(path, {p.key for p in problems})
    if files and not problems:
        settings = Settings(**values)
        problems += [Problem("", None, message, FIX_FILE) for message in file_problems(settings)]
        if not problems:
            problems += csca_problems(settings, key_lines(path.read_text(encoding="utf-8")))
    return sorted(problems, key=lambda p: p.line or 0)


def csca_problems(settings: Settings, lines: dict[tuple[str, str], int]) -> list[Problem]:
    """What passive authentication would find wrong in the CSCA store."""
    if settings.csca_dir is None:
        return []
    line = lines.get(("", "csca_dir")) or lines.get((SECTION, "csca_dir"))
    store = load_store(settings.csca_dir, settings.csca_master_list_anchor)
    path = str(settings.csca_dir)
    found = [Problem("csca_dir", line, CSCA_PROBLEM.format(path=path, problem=problem),
                     FIX_CSCA) for problem in store.problems]
    if not store.cscas:
        found.append(Problem("csca_dir", line, CSCA_EMPTY.format(path=path), FIX_CSCA))
    return found


def _schema_problems(path: Path, reported: set[str]) -> list[Problem]:
    """What the published schema refuses that the loader did not already report."""
    import jsonschema  # the schema validator: for this command only

    text = path.read_text(encoding="utf-8")
    raw: Any = tomllib.loads(text)
    table = ""
    if isinstance(raw.get(SECTION), dict):
        raw, table = raw[SECTION], SECTION
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        {**schema["$defs"]["settings"], "$defs": schema["$defs"]})
    lines = key_lines(text)
    found: list[Problem] = []
    for error in validator.iter_errors(raw):
        key = str(error.absolute_path[0]) if error.absolute_path else ""
        if key in reported or (not key and reported):
            continue  # the loader's message says it better
        line = lines.get((table, key))
        spec = KEYS.get(key)
        found.append(Problem(key, line, SCHEMA_REFUSES.format(
            key=key, path=f"{path}:{line}" if line else str(path), error=error.message),
            FIX_EXAMPLE.format(example=f"{key} = {spec.example}") if spec else FIX_FILE))
    return found


def _check(args: argparse.Namespace) -> int:
    path: Path = args.file or default_config_file()
    if not path.exists():
        if args.file is None:  # a terminal without a settings file runs on the defaults
            return _report(args, [], note=f"{path}: no settings file; the defaults apply")
        problems = [Problem("", None, NOT_THERE.format(path=str(path)), FIX_PATH)]
    else:
        problems = problems_of(path, files=args.files or args.file is None)
    return _report(args, problems, note=f"{path}: ok")


def _report(args: argparse.Namespace, problems: list[Problem], *, note: str) -> int:
    if args.json:
        print(json.dumps({"ok": not problems, "problems": [p.to_json() for p in problems]},
                         ensure_ascii=False))
    elif problems:
        for problem in problems:
            print(problem.message.untranslated())
            print(f"    fix: {problem.fix.untranslated()}")
        print(f"{len(problems)} problem(s)", file=sys.stderr)
    else:
        print(note)
    return EXIT_PROBLEMS if problems else EXIT_OK


def _usage(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE

    return run
