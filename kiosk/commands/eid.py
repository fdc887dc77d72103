"""``buergerbuero eid ...``: the technicians' view of the eID function (Qt-free).

- ``eid info [--json]``: AusweisApp's version (INFO), API level and readers.
- ``eid change-pin [--simulator]``: the PIN change at a text prompt (the PIN is
  read with ``getpass``, never echoed or logged).

Both use the settings' eID mode: ``connect`` talks to ``eid_url``, ``start``
starts a private AusweisApp for the command; ``--url`` and ``--start`` override.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from devices.eid.service import EidConfig, EidOutcome, EidService
from devices.eid.text_handler import TextHandler
from devices.eid.workflow import EidHandlerBase, WorkflowOptions
from kiosk.settings import load_settings

# The workflow modules load when an eid command runs, not whenever the
# command line is parsed (the kiosk's start-up goes through the same parser).
if TYPE_CHECKING:
    from devices.eid.workflow import EidHandlerBase

def add_commands(sub: Any) -> None:
    eid = sub.add_parser("eid", help="the eID online function (AusweisApp)")
    eid_sub = eid.add_subparsers(dest="eid", required=True, metavar="WHAT")
    info = eid_sub.add_parser("info", help="AusweisApp version, API level and readers")
    change = eid_sub.add_parser("change-pin", help="change an ID card's PIN at this prompt")
    change.add_argument("--simulator", action="store_true",
                        help="use AusweisApp's built-in simulated card")
    for parser in (info, change):
        parser.add_argument("--config", type=Path, help="settings file (TOML)")
        parser.add_argument("--url", help="the SDK WebSocket, e.g. ws://127.0.0.1:24727/eID-Kernel")
        parser.add_argument("--start", action="store_true",
                            help="start a private AusweisApp for this command")
        parser.add_argument("--json", action="store_true", help="machine-readable output")
    info.set_defaults(func=cmd_info)
    change.set_defaults(func=cmd_change_pin)


def _run(args: argparse.Namespace, workflow: str, handler: EidHandlerBase,
         simulator: bool = False) -> Any:
    from concurrent.futures import Future


    settings = load_settings(args.config)
    mode = "start" if args.start else ("connect" if args.url else settings.eid_mode)
    if mode == "off":
        mode = "connect"  # a technician asking explicitly: try the default URL
    config = EidConfig(mode=mode, url=args.url or settings.eid_url,
                       tc_token_url=settings.eid_tc_token_url, binary=settings.eid_binary)
    done: Future[EidOutcome] = Future()

    class Listener:
        def eid_finished(self, outcome: EidOutcome) -> None:
            done.set_result(outcome)

    service = EidService(config, Listener(), options=WorkflowOptions(simulator=simulator))
    try:
        if workflow == "info":
            service.info()
        else:
            service.run_change_pin(handler)
        return done.result()
    except KeyboardInterrupt:
        service.cancel()
        raise
    finally:
        service.stop()


def _fail(outcome: Any, as_json: bool) -> int:
    message = outcome.error.message.untranslated()
    if as_json:
        print(json.dumps({"available": False, "error": message, "detail": outcome.error.detail}))
    else:
        print(f"error: {message}\n({outcome.error.detail})", file=sys.stderr)
    return 1


def cmd_info(args: argparse.Namespace) -> int:
    outcome = _run(args, "info", EidHandlerBase())
    if outcome.error is not None:
        return _fail(outcome, args.json)
    report = {"available": True, **outcome.info.as_dict()}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{report['name']} {report['version']} ({report['specification']})")
    level = report["api_level"]
    print(f"API level {level['current']} (available: {', '.join(map(str, level['available']))})")
    for reader in outcome.info.readers:
        card = "card present" if reader.card else "no card"
        print(f"reader: {reader.name} ({card}{', keypad' if reader.keypad else ''})")
    return 0


def cmd_change_pin(args: argparse.Namespace) -> int:
    outcome = _run(args, "change_pin", TextHandler(), simulator=args.simulator)
    if outcome.error is not None:
        return _fail(outcome, args.json)
    if args.json:
        print(json.dumps({"success": outcome.success, "trace": list(outcome.trace)}))
    else:
        print("PIN changed" if outcome.success else "PIN not changed")
    return 0 if outcome.success else 1
