"""``buergerbuero card ...``: the technicians' card commands (Qt-free).

``card readers`` lists the PC/SC readers; ``card read`` reads an identity
document's chip and prints what it found; ``card mrz`` parses and checks an MRZ
without a card (for technicians and counter staff). Failures end with a one-line
reason and a non-zero exit (``ui.main`` prints ``UserFacingError`` messages).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from devices.icao.access import Can
from devices.icao.mrz import CheckDigit, MrzData, MrzError, MrzKeys, parse_mrz
from devices.icao.reader import ChipReader
from devices.pcsc import ApduTrace, open_channel, reader_states


def add_commands(sub: Any) -> None:
    card = sub.add_parser("card", help="identity documents through a PC/SC card reader")
    card_sub = card.add_subparsers(dest="card", required=True, metavar="WHAT")

    readers = card_sub.add_parser("readers", help="list the card readers and their cards")
    readers.add_argument("--json", action="store_true")
    readers.set_defaults(func=cmd_readers)

    read = card_sub.add_parser("read", help="read an ID card, passport or residence permit")
    keys = read.add_mutually_exclusive_group(required=True)
    keys.add_argument("--mrz", metavar="LINES", help="the MRZ (lines separated by newlines)")
    keys.add_argument("--can", metavar="NNNNNN", help="the 6-digit card access number (PACE)")
    keys.add_argument("--document-number", metavar="X", help="with --birth-date, --expiry-date")
    read.add_argument("--birth-date", metavar="YYMMDD")
    read.add_argument("--expiry-date", metavar="YYMMDD")
    read.add_argument("--reader", metavar="NAME",
                      help="the reader (default: the first with a card)")
    read.add_argument("--photo", metavar="FILE", type=Path, help="write the face image (DG2) here")
    read.add_argument("--csca", metavar="DIR", type=Path,
                      help="CSCA certificates (DER or PEM), the CRLs they signed (*.crl) and "
                           "CSCA master lists (*.ml) for passive authentication")
    read.add_argument("--csca-anchor", metavar="FILE", type=Path,
                      help="the certificate a master list's signer must be issued by "
                           "(without it master lists are refused)")
    read.add_argument("--trace", action="store_true",
                      help="APDU trace on stderr (headers and status words; no keys or data)")
    read.add_argument("--extended-length", action="store_true",
                      help="read large files with extended-length APDUs")
    read.add_argument("--json", action="store_true")
    read.set_defaults(func=cmd_read)

    mrz = card_sub.add_parser("mrz", help="parse and check an MRZ (no card needed)")
    mrz.add_argument("lines", metavar="LINES",
                     help="the MRZ: its lines separated by newlines (or '\\n'), or run together")
    mrz.add_argument("--json", action="store_true")
    mrz.set_defaults(func=cmd_mrz)


CHECK_NAMES = {"document_number": "document number", "birth_date": "date of birth",
               "expiry_date": "date of expiry", "optional_data": "optional data",
               "composite": "composite"}


def check_failure(check: CheckDigit) -> str:
    """"line 2, position 44: the composite check digit is '1', expected '0'"."""
    return (f"line {check.line}, position {check.position}: the {CHECK_NAMES[check.name]} "
            f"check digit is {check.printed!r}, expected {check.expected!r}")


def _mrz_text(value: str) -> str:
    return value.replace("\\n", "\n")


def checked_mrz(text: str) -> MrzData:
    """The MRZ typed for ``card read --mrz``: refused when it is malformed or a check
    digit fails (a typing error would only make the chip refuse the key)."""
    try:
        mrz = parse_mrz(_mrz_text(text))
    except MrzError as exc:
        raise SystemExit(f"error: --mrz: {exc}") from None
    failed = mrz.failed_checks()
    if failed:
        raise SystemExit("error: --mrz: " + "; ".join(check_failure(c) for c in failed))
    return mrz


def access_key(args: argparse.Namespace) -> Any:
    if args.can is not None:
        return Can(args.can)
    if args.mrz is not None:
        return checked_mrz(args.mrz).keys()
    if not (args.birth_date and args.expiry_date):
        raise SystemExit("error: --document-number needs --birth-date and --expiry-date")
    try:
        return MrzKeys(args.document_number.upper(), args.birth_date, args.expiry_date)
    except MrzError as exc:
        raise SystemExit(f"error: {exc}") from None


def cmd_readers(args: argparse.Namespace) -> int:
    states = reader_states()
    if args.json:
        print(json.dumps({"readers": states}, indent=2))
    elif not states:
        print("no card readers")
    else:
        for s in states:
            print(f"{s['name']}: {'card ' + s['atr'] if s['card_present'] else 'empty'}")
    return 0


def cmd_read(args: argparse.Namespace) -> int:
    key = access_key(args)
    trace = ApduTrace(sink=lambda line: print(line, file=sys.stderr)) if args.trace else None
    channel = open_channel(args.reader, trace=trace)
    try:
        result = ChipReader(channel, extended_length=args.extended_length).read(
            key, photo=args.photo is not None, csca_dir=args.csca,
            master_list_anchor=args.csca_anchor)
    finally:
        channel.close()
    if args.photo is not None:
        if result.face is None:
            print("error: the chip holds no face image", file=sys.stderr)
            return 1
        args.photo.write_bytes(result.face.data)
    summary = result.summary()
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        for name, value in summary.items():
            print(f"{name}: {value}")
    return 0


def mrz_report(text: str) -> dict[str, Any]:
    """What ``card mrz`` prints: the fields, each check digit's verdict, the errors."""
    try:
        mrz = parse_mrz(_mrz_text(text))
    except MrzError as exc:
        return {"valid": False, "errors": [str(exc)], "notes": [], "fields": {}, "checks": [],
                "checks_absent": []}
    errors = [check_failure(c) for c in mrz.failed_checks()]
    notes = []
    birth, expiry = mrz.birth(), mrz.expiry()
    if birth.problem:
        errors.append(f"date of birth {mrz.birth_date!r}: {birth.problem}")
    elif not birth.known:
        notes.append("the date of birth is not given")
    elif not birth.complete:
        notes.append("the date of birth is given only in part: "
                     + ("the day is unknown" if birth.month else "day and month are unknown"))
    if birth.known and not birth.century_certain:
        notes.append(f"the century of the date of birth is a guess ({birth.year})")
    if expiry.problem:
        errors.append(f"date of expiry {mrz.expiry_date!r}: {expiry.problem}")
    elif not expiry.known:
        notes.append("the date of expiry is not given")
    if not mrz.surname:
        notes.append("no primary identifier (surname): the name is all given names")
    fields = {
        "format": mrz.format, "document_code": mrz.document_code,
        "issuing_state": mrz.issuing_state, "surname": mrz.surname,
        "given_names": mrz.given_names, "document_number": mrz.document_number,
        "nationality": mrz.nationality, "birth_date": birth.iso(),
        "birth_date_printed": mrz.birth_date, "sex": mrz.sex, "expiry_date": expiry.iso(),
        "expiry_date_printed": mrz.expiry_date, "optional_data": mrz.optional_data,
    }
    checks = [{"name": c.name, "line": c.line, "position": c.position, "printed": c.printed,
               "expected": c.expected, "ok": c.ok} for c in mrz.checks]
    absent = [name for name in CHECK_NAMES if name not in {c.name for c in mrz.checks}]
    return {"valid": not errors, "errors": errors, "notes": notes, "fields": fields,
            "checks": checks, "checks_absent": absent}


def cmd_mrz(args: argparse.Namespace) -> int:
    report = mrz_report(args.lines)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0 if report["valid"] else 1
    for name, value in report["fields"].items():
        print(f"{name}: {value}")
    for check in report["checks"]:
        verdict = "ok" if check["ok"] else f"FAILED (expected {check['expected']})"
        print(f"check digit {CHECK_NAMES[check['name']]} (line {check['line']}, position "
              f"{check['position']}): {check['printed']} {verdict}")
    for name in report["checks_absent"]:
        print(f"check digit {CHECK_NAMES[name]}: none in {report['fields']['format']}")
    for note in report["notes"]:
        print(f"note: {note}")
    for error in report["errors"]:
        print(f"error: {error}", file=sys.stderr)
    print("valid" if report["valid"] else "invalid")
    return 0 if report["valid"] else 1
