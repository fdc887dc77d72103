"""``buergerbuero stats report``: the office's figures from the statistics file (Qt-free).

``stats report [--from DATE] [--to DATE] [--json] [--out report.pdf] [--data-dir DIR]``:
the sessions that began from DATE to DATE (both included; ISO dates), as a summary for
the technician, as JSON (``--json``) and as a PDF with charts (``--out``), in the
terminal's language (``--language``). Exit 0; 2 on a bad date or an unwritable PDF.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.settings import Settings, load_settings
from kiosk.stats.pdf import render_report_pdf
from kiosk.stats.report import build_report
from kiosk.stats.store import load, stats_path


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    stats = subparsers.add_parser("stats", help="the office's figures: sessions, "
                                  "durations, abandonment, satisfaction (no personal data)")
    commands = stats.add_subparsers(dest="stats_command", metavar="COMMAND", required=True)
    report = commands.add_parser("report", help="the figures of a period: summary, JSON, PDF")
    report.add_argument("--from", dest="first", type=_date, default=None, metavar="DATE",
                        help="the first day (YYYY-MM-DD; default: the first session)")
    report.add_argument("--to", dest="last", type=_date, default=None, metavar="DATE",
                        help="the last day, included (default: the last session)")
    report.add_argument("--json", action="store_true", help="print the figures as JSON")
    report.add_argument("--out", type=Path, default=None, metavar="FILE",
                        help="write the report with charts as a PDF")
    report.add_argument("--language", default=None,
                        help="the PDF's language (default: the terminal's)")
    report.add_argument("--data-dir", type=Path, default=None,
                        help="the kiosk's data directory (default: from the settings)")
    report.add_argument("--config", type=Path, default=None, help="settings file (TOML)")
    report.set_defaults(func=_report)


def _settings(args: argparse.Namespace) -> Settings:
    if args.data_dir is not None:
        return load_settings(args.config, data_dir=args.data_dir) if args.config \
            else Settings(data_dir=args.data_dir)
    return load_settings(args.config)


def _report(args: argparse.Namespace) -> int:
    if args.first and args.last and args.first > args.last:
        print("error: --from is after --to", file=sys.stderr)
        return 2
    settings = _settings(args)
    sessions = load(stats_path(settings.data_dir), args.first, args.last)
    report = build_report(sessions, first=args.first, last=args.last)
    if args.out is not None:
        pdf = render_report_pdf(report, language=args.language or settings.default_language,
                                terminal=settings.terminal_id)
        try:
            args.out.write_bytes(pdf)
        except OSError as exc:
            print(f"error: {args.out} cannot be written: {exc.strerror or exc}",
                  file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    elif args.out is None or sys.stdout.isatty():
        print(_summary(report))
    return 0


def _summary(report: dict[str, Any]) -> str:
    if not report["sessions"]:
        return "no sessions in this period"
    satisfaction = report["satisfaction"]
    lines = [f"{report['from']} to {report['to']}: {report['sessions']} sessions, "
             f"{report['completed']} completed ({round(100 * report['completion_rate'])} %)",
             "abandoned at: " + (", ".join(f"{k} {v}" for k, v in
                                           report["abandoned_by_step"].items()) or "-"),
             f"satisfaction: {satisfaction['answers']} answers, mean "
             f"{satisfaction['mean'] if satisfaction['mean'] is not None else '-'}"]
    for service, steps in report["steps"].items():
        lines.append(f"{service}: " + ", ".join(
            f"{step} {s['median_s']:.0f}/{s['p90_s']:.0f} s" for step, s in steps.items()))
    return "\n".join(lines)
