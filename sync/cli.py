"""Command-line commands of the sync package (Qt-free); the main CLI registers them.

- ``intake-server --host HOST --port P --data DIR``: run the reference intake server
  in the foreground until SIGINT/SIGTERM.
- ``queue status [--json] [--data-dir DIR] [--config FILE]``: counts of the outbox.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from kiosk.errors import UserFacingError

EXIT_USER_ERROR = 2


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Register ``intake-server`` and ``queue status`` on the main CLI's subparsers."""
    server = subparsers.add_parser(
        "intake-server", help="run the reference intake server in the foreground"
    )
    server.add_argument("--host", default="127.0.0.1", help="address to listen on")
    server.add_argument("--port", type=int, default=8780, help="port (0 picks a free one)")
    server.add_argument("--data", type=Path, required=True,
                        help="directory where received cases are stored")
    server.set_defaults(func=_guarded(_run_intake_server))

    queue = subparsers.add_parser("queue", help="the outbox of applications waiting to be sent")
    queue_commands = queue.add_subparsers(dest="queue_command", metavar="COMMAND")
    queue.set_defaults(func=_usage(queue))
    status = queue_commands.add_parser("status", help="how many applications wait, were sent…")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.add_argument("--data-dir", type=Path, default=None,
                        help="the kiosk's data directory (default: from the settings)")
    status.add_argument("--config", type=Path, default=None, help="settings file (TOML)")
    status.set_defaults(func=_guarded(_queue_status))


def _guarded(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except UserFacingError as exc:
            print(f"error: {exc.message.untranslated()}", file=sys.stderr)
            return EXIT_USER_ERROR

    return run


def _usage(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        parser.print_usage(sys.stderr)
        return EXIT_USER_ERROR

    return run


def _run_intake_server(args: argparse.Namespace) -> int:
    import logging

    from sync.intake_server import IntakeServer

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    try:
        server = IntakeServer(args.host, args.port, args.data)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port} or use {args.data}: "
              f"{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.start()
        print(server.url, flush=True)
        stop.wait()
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def _queue_status(args: argparse.Namespace) -> int:
    from kiosk.settings import Settings, load_settings
    from sync.outbox import read_status

    if args.data_dir is not None:
        db_path = Settings(data_dir=args.data_dir).outbox_path
    else:
        db_path = load_settings(args.config).outbox_path
    status = read_status(db_path)
    if args.json:
        print(json.dumps(status.to_json()))
        return 0
    age = status.oldest_waiting_age_s
    rows = [
        ("queued", str(status.queued)),
        ("sending", str(status.sending)),
        ("sent", str(status.sent)),
        ("failed", str(status.failed)),
        ("oldest waiting", "-" if age is None else f"{age:.0f} s"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name.ljust(width)}  {value}")
    return 0
