"""The command table of ``buergerbuero``: which module runs which command (Qt-free).

Each command lives in a module with ``add_commands(subparsers)``. The table names
that module as data, and :func:`build_parser` imports only the module of the
command being run: ``buergerbuero queue status`` never loads Qt, and the kiosk's
start-up does not pay for the card, forms and sync commands. ``--help`` lists
every command from the table without importing any of them.

``ui.main`` (the composition root) adds the commands that need Qt, the
reference server and the tools to :data:`COMMANDS`; ``tests/test_layers.py``
checks every module named here against the layer contract like an import.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any, NamedTuple

from kiosk.base.errors import UserFacingError


class NotInstalled(Exception):
    """The command's module is not part of this installation (the tools, the stand-in)."""

    def __init__(self, command: Command) -> None:
        super().__init__(f"the command {command.name!r} is not part of this installation "
                         "(it comes with the development checkout: ./dev.sh)")


class Command(NamedTuple):  # a NamedTuple: built without a dataclass's generated code
    name: str
    help: str
    module: str  # has add_commands(subparsers), which registers ``name`` (and maybe others)


COMMANDS: tuple[Command, ...] = (
    Command("queue", "the outbox of applications waiting to be sent", "kiosk.commands.queue"),
    Command("sync", "send what the outbox holds", "kiosk.commands.queue"),
    Command("forms", "form definitions: list, validate, render, import FIM",
            "kiosk.commands.forms"),
    Command("card", "identity documents through a PC/SC card reader", "kiosk.commands.card"),
    Command("eid", "the eID online function (AusweisApp)", "kiosk.commands.eid"),
    Command("signature", "verify signed PDFs; open escrowed biometrics",
            "kiosk.commands.signature"),
    Command("payments", "the payment ledger, end-of-day and reconciliation",
            "kiosk.commands.payments"),
    Command("config", "the terminal's settings file: check it (kiosk.toml)",
            "kiosk.commands.config"),
    Command("doctor", "check this terminal: ok / warn / fail with what to do",
            "kiosk.commands.doctor"),
    Command("metrics", "the terminal's health as Prometheus gauges (node_exporter textfile)",
            "kiosk.commands.metrics"),
    Command("fleet", "the terminals' heartbeats: which are silent (central IT)",
            "kiosk.commands.fleet"),
    Command("stats", "the office's figures: report as JSON, PDF (no personal data)",
            "kiosk.commands.stats"),
    Command("sign-request", "send a PDF to the counter tablet, get it signed",
            "kiosk.commands.sign_request"),
)


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command word of ``argv`` (the first argument that is not an option)."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def _asks_help(argv: Sequence[str], chosen: str | None) -> bool:
    """``-h`` before the command word: the help of ``buergerbuero`` itself."""
    before = argv[:argv.index(chosen)] if chosen in argv else argv
    return any(arg in ("-h", "--help") for arg in before)


def build_parser(table: Sequence[Command], argv: Sequence[str]) -> argparse.ArgumentParser:
    """The parser for ``argv``: the chosen command's module fills in its arguments."""
    parser = argparse.ArgumentParser(
        prog="buergerbuero",
        description="Bürgerbüro Kiosk: self-service terminal for citizens' offices.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    chosen = chosen_command(argv)
    for command in table:
        if command.name == chosen:
            try:
                # The one dynamic import of the table: the module of the command being run.
                module = importlib.import_module(command.module)
            except ModuleNotFoundError as exc:
                if exc.name is None or not command.module.startswith(exc.name):
                    raise  # the command's module is there; something it needs is not
                raise NotInstalled(command) from exc
            module.add_commands(sub)
    if chosen not in sub.choices or _asks_help(argv, chosen):
        # No command or an unknown one: argparse lists them all (help, "invalid choice").
        # A known one needs no other command's parser (start-up builds one, not sixteen).
        for command in table:
            if command.name not in sub.choices:
                sub.add_parser(command.name, help=command.help)
    return parser


def run(table: Sequence[Command], argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the command; a ``UserFacingError`` is one line on stderr."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser(table, arguments)
    except NotInstalled as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    args = parser.parse_args(arguments)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    func: Any = getattr(args, "func", None)
    if func is None:  # a command whose module registered no handler: a bug in the table
        print(f"error: the command {args.command!r} is not available", file=sys.stderr)
        return 2
    try:
        return int(func(args))
    except UserFacingError as exc:
        print(f"error: {exc.message.untranslated()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `… | head`: the reader has gone; no traceback for that
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
