"""``buergerbuero sign-request --tablet URL --pdf FILE --out FILE``: the clerk's side.

Before the document goes to the tablet (which faces the citizen), the clerk's terminal
says what the kiosk found when it checked the chip of the citizen's identity document
(passive authentication, ``kiosk.base.chip_check``), when the PDF is a kiosk
application read from a chip.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from pikepdf import PdfError

from forms.pdf import read_application_data
from kiosk.base.chip_check import clerk_lines
from kiosk.tablet.client import TabletClient, TabletError


def chip_check_lines(pdf: bytes) -> list[str]:
    """The chip check of the application in ``pdf``, for the clerk ([] for a PDF that is
    no kiosk application, or one whose citizen was not identified by a chip)."""
    try:
        record = read_application_data(pdf)
    except (KeyError, ValueError, PdfError):
        return []
    detail = record.get("identification_detail")
    if not isinstance(detail, dict):
        return []
    return [m.untranslated() for m in clerk_lines({str(k): str(v) for k, v in detail.items()})]


def parse_field(text: str) -> dict[str, Any]:
    """NAME, or NAME:PAGE:X1,Y1,X2,Y2 (page from 1, rectangle in PDF points)."""
    name, _, rest = text.partition(":")
    if not rest:
        return {"name": name}
    page, _, rect = rest.partition(":")
    return {"name": name, "page": int(page), "rect": [float(v) for v in rect.split(",")]}


def add_commands(sub: Any) -> None:
    cmd = sub.add_parser("sign-request", help="send a PDF to the counter tablet, get it signed")
    cmd.add_argument("--tablet", required=True, metavar="URL")
    cmd.add_argument("--pdf", required=True, type=Path, metavar="FILE")
    cmd.add_argument("--out", required=True, type=Path, metavar="FILE")
    cmd.add_argument("--code", help="pairing code (first use): hold the tablet's 'For staff' "
                     "button ('Für Mitarbeitende') for two seconds to see it")
    cmd.add_argument("--token", help="bearer token from an earlier pairing")
    cmd.add_argument("--field", action="append", default=[], metavar="NAME[:PAGE:X1,Y1,X2,Y2]",
                     help="field to sign; new fields need a page and rectangle")
    cmd.add_argument("--signer", default="", help="the signer's name shown under the ink")
    cmd.add_argument("--timeout", type=float, default=600, help="seconds to wait")
    cmd.add_argument("--cafile", help="CA certificate for a tablet with TLS")
    cmd.set_defaults(func=cmd_sign_request)


def cmd_sign_request(args: argparse.Namespace) -> int:
    client = TabletClient(args.tablet, args.token, args.cafile)
    try:
        if args.code:
            token = client.pair(args.code)
            print(f"paired; reuse with --token {token}", file=sys.stderr)
        elif not args.token:
            print("error: give --code (hold 'For staff' on the tablet to see it) or --token",
                  file=sys.stderr)
            return 2
        pdf = args.pdf.read_bytes()
        for line in chip_check_lines(pdf):
            print(line, file=sys.stderr)
        job_id = client.submit(pdf, [parse_field(f) for f in args.field],
                               args.signer, args.pdf.stem)
        print(f"sent to the tablet as {job_id}; waiting for the signature", file=sys.stderr)
        status = client.wait(job_id, args.timeout)
        if status["state"] == "waiting":
            client.cancel(job_id)
            print("error: no signature in time; the request was cancelled", file=sys.stderr)
            return 1
        if status["state"] != "signed":
            print(f"error: {status['state']}: {status.get('reason') or ''}", file=sys.stderr)
            return 1
        args.out.write_bytes(client.fetch(job_id))
    except (TabletError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(args.out)
    return 0
