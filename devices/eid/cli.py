"""``buergerbuero eid ...``: the technicians' view of the eID function (Qt-free).

- ``eid info [--json]``: AusweisApp's version (INFO), API level and readers.
- ``eid change-pin [--simulator]``: the PIN change at a text prompt (the PIN is
  read with ``getpass``, never echoed or logged).

Both use the settings' eID mode: ``connect`` talks to ``eid_url``, ``start``
starts a private AusweisApp for the command; ``--url`` and ``--start`` override.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from devices.eid.messages import AccessRights, Certificate, Reader, Secret, Status
from devices.eid.workflow import EidHandlerBase, SecretKind, SecretRequest

_PROMPTS = {
    SecretKind.PIN: "PIN (6 digits): ",
    SecretKind.TRANSPORT_OR_PIN: "current PIN or transport PIN (6 or 5 digits): ",
    SecretKind.CAN: "CAN (6 digits, printed on the front of the card): ",
    SecretKind.PUK: "PUK (10 digits, from the PIN letter): ",
    SecretKind.NEW_PIN: "new PIN (6 digits): ",
}


class TextHandler(EidHandlerBase):
    """Prompts on the terminal; the secret is read without echo."""

    def confirm_access_rights(self, rights: AccessRights, certificate: Certificate) -> bool:
        print(f"{certificate.subject_name} ({certificate.subject_url}) asks to read:")
        for right in rights.effective:
            print(f"  - {right}")
        return input("Allow? [y/N] ").strip().lower() in ("y", "yes", "j", "ja")

    def ask_secret(self, request: SecretRequest) -> Secret | None:
        if request.error:
            print(f"AusweisApp: {request.error}")
        if request.retry_counter is not None:
            print(f"attempts left: {request.retry_counter}")
        value = getpass.getpass(_PROMPTS[request.kind])
        return Secret(value) if value else None

    def enter_on_keypad(self, request: SecretRequest) -> None:
        print(f"enter the {request.kind.name.replace('_', ' ')} on the card reader's keypad")

    def card_needed(self) -> None:
        print("place the ID card on the reader")

    def card_blocked(self, reader: Reader) -> None:
        print("this card's PIN is blocked or its online function is switched off")

    def status(self, status: Status) -> None:
        if status.progress is not None:
            print(f"{status.workflow}: {status.progress} %")


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

    from devices.eid.service import EidConfig, EidOutcome, EidService
    from devices.eid.workflow import WorkflowOptions
    from kiosk.settings import load_settings

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
