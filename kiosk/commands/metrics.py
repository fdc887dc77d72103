"""``buergerbuero metrics [--textfile PATH]``: the terminal's health for Prometheus.

Runs the doctor's checks and prints the gauges of ``kiosk.metrics`` (or writes them
atomically to PATH, for node_exporter's textfile collector). Where the settings say
``heartbeat = "intake"`` the same figures go to the intake server as this terminal's
heartbeat (``kiosk.heartbeat``). Exit 0 when the gauges were produced (and the heartbeat
sent, where one is configured), whatever the checks found (the gauges say that); 1 when
the heartbeat could not be sent (the gauges were); 2 when PATH cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk import heartbeat
from kiosk.base.errors import UserFacingError
from kiosk.commands.doctor import add_check_options, doctor_checks
from kiosk.metrics import figures, render, write_textfile
from kiosk.settings import Settings


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    metrics = subparsers.add_parser("metrics", help="the doctor's results, the outbox and "
                                    "the version as Prometheus gauges (and the heartbeat)")
    add_check_options(metrics)
    metrics.add_argument("--textfile", type=Path, default=None, metavar="PATH",
                         help="write atomically to PATH (node_exporter's textfile "
                         "collector: a .prom file in its directory) instead of printing")
    metrics.set_defaults(func=_metrics)


def _metrics(args: argparse.Namespace) -> int:
    settings, checks = doctor_checks(args)
    measured = figures(settings, checks)
    status = 0
    if args.textfile is None:
        sys.stdout.write(render(measured))
    else:
        try:
            write_textfile(args.textfile, render(measured))
        except OSError as exc:
            print(f"error: {args.textfile} cannot be written: {exc.strerror or exc}",
                  file=sys.stderr)
            status = 2
    if settings is not None and settings.heartbeat == "intake":
        status = max(status, _send_heartbeat(settings, heartbeat.body(settings, measured)))
    return status


def _send_heartbeat(settings: Settings, body: dict[str, Any]) -> int:
    """0 when sent; 1 with one line on stderr (the journal) when not: the gauges stand."""
    try:
        heartbeat.send(settings, body)
    except UserFacingError as exc:
        print(f"warning: heartbeat not sent: {exc.detail or exc.message.untranslated()}",
              file=sys.stderr)
        return 1
    return 0
