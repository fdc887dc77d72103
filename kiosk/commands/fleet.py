"""``buergerbuero fleet status [--json] [--silent-after MINUTES]``: the fleet's heartbeats.

For the central IT, on any machine that reaches the intake server: it asks the server's
fleet route (``GET /v2/fleet/terminals``, a stand-in addition) with the **fleet client's**
token — a client of its own, which reads the heartbeats and cannot send applications; a
terminal's sender token cannot read the fleet — and lists every terminal that ever sent
a heartbeat: when the server last received one, and the figures it carried. Silence is
measured by the server's clock (a terminal's may be wrong).

Exit status, as a monitoring plugin's (Icinga, Nagios): 0 every terminal was heard
within ``--silent-after`` and its doctor said ok; 1 a terminal's own doctor said warn,
or no terminal has sent a heartbeat yet; 2 a terminal is silent for longer than
``--silent-after`` or its doctor said fail; 3 the list could not be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Final

from kiosk.base.errors import UserFacingError
from kiosk.settings import load_settings
from sync.oauth import ClientCredentials, SecretFileRefused, load_secret
from sync.outbox import CONFIRMED, FAILED
from sync.protocol import IntakeClient

EXIT: Final = {"ok": 0, "warn": 1, "fail": 2}
SILENT: Final = "silent"
UNKNOWN: Final = 3


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    fleet = subparsers.add_parser("fleet", help="the terminals' heartbeats, as the "
                                  "intake server has them")
    verbs = fleet.add_subparsers(dest="verb", required=True, metavar="VERB")
    status = verbs.add_parser("status", help="every terminal, its last heartbeat and "
                              "figures; those silent too long flagged (exit 2)")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.add_argument("--silent-after", type=float, default=15.0, metavar="MINUTES",
                        help="a terminal not heard from for longer is silent (15: three "
                        "missed heartbeats of the five-minute timer)")
    status.add_argument("--config", type=Path, default=None,
                        help="settings file whose intake_url and intake_ca_file are the "
                        "defaults of --server and --ca-file")
    status.add_argument("--server", default=None, metavar="URL",
                        help="the intake server (default: intake_url of the settings)")
    status.add_argument("--ca-file", default=None, metavar="PEM",
                        help="CA to trust for an https server (default: intake_ca_file)")
    status.add_argument("--client-id", default=None,
                        help="the fleet client's id (the stand-in's DATA/fleet-client-id)")
    status.add_argument("--client-secret-file", type=Path, default=None, metavar="FILE",
                        help="the fleet client's secret, mode 0600 (DATA/fleet-client.secret)")
    status.add_argument("--token-url", default=None, metavar="URL",
                        help="the token endpoint (default: SERVER/token)")
    status.set_defaults(func=_status)


def _status(args: argparse.Namespace) -> int:
    if args.silent_after <= 0:
        print("error: --silent-after must be a number of minutes above 0", file=sys.stderr)
        return UNKNOWN
    if (args.client_id is None) != (args.client_secret_file is None):
        print("error: give --client-id and --client-secret-file together (the fleet "
              "client's, not a terminal's)", file=sys.stderr)
        return UNKNOWN
    try:
        answer = _fetch(args)
    except (UserFacingError, SecretFileRefused) as exc:
        detail = str(exc) if isinstance(exc, SecretFileRefused) else \
            (exc.detail or exc.message.untranslated())
        print(f"error: the fleet cannot be read: {detail}", file=sys.stderr)
        return UNKNOWN
    rows = assess(answer, args.silent_after * 60)
    worst = max((EXIT.get(r["assessment"], 2) for r in rows), default=1)
    if args.json:
        print(json.dumps({"silent_after_s": args.silent_after * 60, "terminals": rows,
                          "silent": [r["terminal_id"] for r in rows
                                     if r["assessment"] == SILENT]}, ensure_ascii=False))
        return worst
    if not rows:
        print("no terminal has sent a heartbeat yet (the setting heartbeat = \"intake\", "
              "buergerbuero-metrics.timer)")
    for row in rows:
        print(describe(row))
    return worst


def _fetch(args: argparse.Namespace) -> dict[str, Any]:
    settings = load_settings(args.config)
    server = (args.server or settings.intake_url).rstrip("/")
    tokens = None
    if args.client_id is not None:
        tokens = ClientCredentials(args.token_url or f"{server}/token", args.client_id,
                                   load_secret(args.client_secret_file))
    client = IntakeClient(server, ca_file=args.ca_file or settings.intake_ca_file or None,
                          tokens=tokens)
    try:
        return client.fleet()
    finally:
        client.close()


def assess(answer: dict[str, Any], silent_after_s: float) -> list[dict[str, Any]]:
    """Each terminal with ``silent_s`` (since the server last heard it) and its
    ``assessment``: "silent", else its doctor's worst ("ok", "warn", "fail")."""
    now = float(answer.get("now", 0.0))
    rows = []
    for entry in answer.get("terminals", []):
        silent_s = max(0.0, now - float(entry["received_at"]))
        doctor = entry["heartbeat"].get("doctor", {}).get("status", "fail")
        rows.append({**entry, "silent_s": round(silent_s, 1),
                     "assessment": SILENT if silent_s > silent_after_s else doctor})
    return rows


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h" if seconds < 2 * 86400 else f"{seconds / 86400:.1f} d"


def describe(row: dict[str, Any]) -> str:
    """One line: assessment, terminal, office, when last heard, and its figures."""
    beat = row["heartbeat"]
    shown = row["assessment"].upper() if row["assessment"] == SILENT else row["assessment"]
    parts = [f"{shown:<6} {row['terminal_id']}",
             f"{beat.get('office_name', '?')}, {beat.get('place', '?')}",
             f"last heartbeat {_duration(row['silent_s'])} ago",
             f"version {beat.get('version') or '?'}"]
    outbox = beat.get("outbox")
    if outbox is not None:
        counts = outbox["by_state"]
        waiting = sum(n for state, n in counts.items() if state not in (CONFIRMED, FAILED))
        oldest = _duration(outbox["oldest_waiting_s"])
        parts.append(f"outbox {waiting} waiting (oldest {oldest}), {counts.get(FAILED, 0)} failed")
    else:
        parts.append("outbox unreadable")
    synced = beat.get("last_successful_sync")
    parts.append("never delivered" if synced is None else
                 f"last delivery {_duration(max(0.0, beat['sent_at'] - synced))} before it")
    for key, name in (("receipt_printer", "printer"), ("payment_terminal", "payment terminal")):
        device = beat.get(key)
        parts.append(f"{name} not checked" if device is None else f"{name} {device['status']}")
    problems = sorted(n for n, s in beat.get("doctor", {}).get("checks", {}).items() if s != "ok")
    if problems:
        parts.append("doctor: " + ", ".join(problems))
    return "; ".join(parts)
