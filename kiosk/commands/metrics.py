"""``buergerbuero metrics [--textfile PATH]``: the terminal's health for Prometheus.

Runs the doctor's checks and prints the gauges of ``kiosk.metrics`` (or writes them
atomically to PATH, for node_exporter's textfile collector). Exit 0 when the gauges were
produced, whatever the checks found (the gauges say that); 2 when PATH cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.commands.doctor import add_check_options, doctor_checks
from kiosk.metrics import exposition, write_textfile


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    metrics = subparsers.add_parser("metrics", help="the doctor's results, the outbox and "
                                    "the version as Prometheus gauges")
    add_check_options(metrics)
    metrics.add_argument("--textfile", type=Path, default=None, metavar="PATH",
                         help="write atomically to PATH (node_exporter's textfile "
                         "collector: a .prom file in its directory) instead of printing")
    metrics.set_defaults(func=_metrics)


def _metrics(args: argparse.Namespace) -> int:
    settings, checks = doctor_checks(args)
    text = exposition(settings, checks)
    if args.textfile is None:
        sys.stdout.write(text)
        return 0
    try:
        write_textfile(args.textfile, text)
    except OSError as exc:
        print(f"error: {args.textfile} cannot be written: {exc.strerror or exc}",
              file=sys.stderr)
        return 2
    return 0
