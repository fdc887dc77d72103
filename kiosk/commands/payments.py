"""``buergerbuero payments …``: the payment ledger, for staff and technicians (Qt-free).

- ``payments list [--json] [--receipts]``: every payment with its Vorgangsnummer and
  Kassenzeichen, never a name; ``--receipts`` adds the merchant copies.
- ``payments end-of-day [--json]``: the terminal's Kassenschnitt (``06 50``), stored with
  its report and compared with the ledger.
- ``payments reconcile [--json]``: settle open card payments at the terminal, store
  the parked applications, and compare the terminal's totals (``06 10``) with the ledger.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kiosk.base.errors import ConfigError
from kiosk.base.i18n import N_
from kiosk.payment.card import CardOutcome, CardPayments
from kiosk.payment.ledger import Ledger
from kiosk.payment.methods import terminal_config
from kiosk.settings import Settings, load_settings

NO_TERMINAL = N_("Config", "No card terminal is configured: set 'payment_terminal' in the "
                 "settings file, or give --terminal HOST:PORT.")


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    payments = subparsers.add_parser("payments", help="the payment ledger, end-of-day, "
                                     "reconciliation")
    commands = payments.add_subparsers(dest="payments_command", metavar="COMMAND",
                                       required=True)
    listing = commands.add_parser("list", help="every payment (no personal data)")
    listing.add_argument("--receipts", action="store_true", help="with the merchant copies")
    eod = commands.add_parser("end-of-day", help="the terminal's Kassenschnitt (06 50)")
    reconcile = commands.add_parser("reconcile", help="settle open payments, store parked "
                                    "applications, compare with the terminal's totals")
    for parser in (listing, eod, reconcile):
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--data-dir", type=Path, default=None,
                            help="the kiosk's data directory (default: from the settings)")
        parser.add_argument("--config", type=Path, default=None, help="settings file (TOML)")
    for parser in (eod, reconcile):
        parser.add_argument("--terminal", metavar="HOST:PORT",
                            help="the card terminal (default: from the settings)")
    listing.set_defaults(func=_list)
    eod.set_defaults(func=_end_of_day)
    reconcile.set_defaults(func=_reconcile)


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if args.data_dir is not None:
        overrides["data_dir"] = args.data_dir
    if getattr(args, "terminal", None):
        overrides["payment_terminal"] = args.terminal
    if args.config is None and not overrides.get("data_dir"):
        return load_settings(None).with_(**overrides)
    return load_settings(args.config, **overrides) if args.config else \
        Settings().with_(**overrides)


class _Quiet:
    def card_status(self, message: object) -> None:
        return None

    def card_finished(self, outcome: CardOutcome) -> None:
        return None


def _cards(settings: Settings) -> CardPayments:
    # The terminal's client loads only for the commands that talk to it.
    from devices.zvt.terminal import ZvtTerminal

    config = terminal_config(settings)
    if config is None:
        raise ConfigError(NO_TERMINAL)
    return CardPayments(ZvtTerminal(config), settings.payments_path, _Quiet())


def _print(args: argparse.Namespace, data: Any, lines: list[str]) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        print("\n".join(lines))


def _list(args: argparse.Namespace) -> int:
    settings = _settings(args)
    with Ledger(settings.payments_path) as ledger:
        rows = []
        for payment in ledger.all():
            row = payment.as_json()
            if args.receipts:
                row["merchant_copy"] = list(ledger.receipts(payment.id).get("merchant", ()))
            rows.append(row)
    _print(args, rows, [f"{r['id']:>5} {r['vorgangsnummer']} {r['method']:<9} "
                        f"{r['amount_cents'] / 100:>8.2f} {r['state']:<11} {r['status']}"
                        for r in rows] or ["(no payments)"])
    return 0


def _end_of_day(args: argparse.Namespace) -> int:
    cards = _cards(_settings(args))
    try:
        report = cards.end_of_day().result()
    finally:
        cards.terminal.stop()
    _print(args, report, [f"terminal: {report['terminal_count']} payments, "
                          f"{report['terminal_total_cents'] / 100:.2f} EUR",
                          f"ledger:   {report['ledger_count']} payments, "
                          f"{report['ledger_total_cents'] / 100:.2f} EUR",
                          "matches" if report["matches"] else "DIFFERS: check the journal",
                          *report["receipt"]])
    return 0 if report["matches"] else 1


def _reconcile(args: argparse.Namespace) -> int:
    # Storing parked applications renders and signs them: those libraries load here only.
    from kiosk.payment.parking import store_parked

    settings = _settings(args)
    cards = _cards(settings)
    try:
        recovery = cards.recover().result()
        stored = store_parked(settings)
        totals = cards.totals().result()
    finally:
        cards.terminal.stop()
    report = {"recovery": recovery.as_json(), "stored": stored, "totals": totals}
    _print(args, report, [f"settled: {len(recovery.resolved_paid)} paid, "
                          f"{len(recovery.resolved_failed)} not paid, "
                          f"{len(recovery.reversed)} reversed, {len(recovery.still_open)} open",
                          f"stored parked applications: {len(stored)}",
                          "totals match" if totals["matches"] else "totals DIFFER"])
    return 0 if totals["matches"] and not recovery.still_open else 1



