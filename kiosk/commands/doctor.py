"""``buergerbuero doctor [--json] [--days N] [--offline] [--skip CHECK]``: the checks.

Exit 0 / 1 / 2 for ok / warn / fail (the worst check); ``--json`` prints
``{"checks": [{"name", "status", "detail", "fix"}]}``. See ``kiosk.doctor``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kiosk.base.errors import ConfigError
from kiosk.doctor import EXIT, FAIL, OK, SKIPPABLE, Check, run_checks, worst
from kiosk.settings import Settings, load_settings


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    doctor = subparsers.add_parser("doctor", help="check this terminal: ok / warn / fail, "
                                   "each with what to do")
    add_check_options(doctor)
    doctor.add_argument("--json", action="store_true", help="print JSON")
    doctor.set_defaults(func=_doctor)


def add_check_options(parser: argparse.ArgumentParser) -> None:
    """--config, --days, --offline and --skip: shared with ``buergerbuero metrics``."""
    parser.add_argument("--config", type=Path, default=None, help="settings file (TOML)")
    parser.add_argument("--days", type=int, default=30,
                        help="certificates must be valid for this many more days (30)")
    parser.add_argument("--offline", action="store_true",
                        help="leave out the intake server (reachable, TLS, clock)")
    parser.add_argument("--skip", action="append", default=[], metavar="CHECK",
                        choices=SKIPPABLE, help="leave out this check (repeatable): "
                        + ", ".join(SKIPPABLE))


def doctor_checks(args: argparse.Namespace) -> tuple[Settings | None, list[Check]]:
    """The settings (None when they cannot be read) and every check's finding."""
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:  # nothing else can be checked on settings it cannot read
        return None, [Check("settings", FAIL, exc.message.untranslated(),
                            exc.detail or "buergerbuero config check")]
    return settings, [Check("settings", OK, "the settings file is valid"),
                      *run_checks(settings, days=args.days, network=not args.offline,
                                  skip=frozenset(args.skip))]


def _doctor(args: argparse.Namespace) -> int:
    _settings, checks = doctor_checks(args)
    if args.json:
        print(json.dumps({"checks": [c.to_json() for c in checks]}, ensure_ascii=False))
    else:
        width = max(len(c.name) for c in checks)
        for check in checks:
            fix = f"\n{'':{width + 8}}fix: {check.fix}" if check.fix and check.status != "ok" \
                else ""
            print(f"{check.status:<5} {check.name:<{width}}  {check.detail}{fix}")
    return EXIT[worst(checks)]
