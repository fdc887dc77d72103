"""``buergerbuero card ...``: the technicians' card commands (Qt-free).

``card readers`` lists the PC/SC readers; ``card read`` reads an identity
document's chip and prints what it found. Failures end with a one-line reason
and a non-zero exit (``ui.main`` prints ``UserFacingError`` messages).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from devices.icao.access import Can
from devices.icao.mrz import MrzError, MrzKeys, parse_mrz
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
                      help="CSCA certificates (DER or PEM) and the CRLs they signed (*.crl) "
                           "for passive authentication")
    read.add_argument("--trace", action="store_true",
                      help="APDU trace on stderr (headers and status words; no keys or data)")
    read.add_argument("--extended-length", action="store_true",
                      help="read large files with extended-length APDUs")
    read.add_argument("--json", action="store_true")
    read.set_defaults(func=cmd_read)


def access_key(args: argparse.Namespace) -> Any:
    if args.can is not None:
        return Can(args.can)
    if args.mrz is not None:
        try:
            return parse_mrz(args.mrz.replace("\\n", "\n")).keys()
        except MrzError as exc:
            raise SystemExit(f"error: --mrz: {exc}") from None
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
            key, photo=args.photo is not None, csca_dir=args.csca)
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
