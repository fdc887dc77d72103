"""``buergerbuero signature verify|open``: check signed PDFs; the escrow holder's tool.

Qt-free. ``verify`` exits 0 when the document is intact and every signature
is valid and bound to it (and, with ``--trust``, trusted), else 1.
``open`` refuses (exit 1) when the document was altered.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from forms.signing.escrow import EscrowError
from forms.signing.verify import RefusedError, open_biometrics, verify_pdf


def add_commands(sub: Any) -> None:
    signature = sub.add_parser("signature", help="verify signed PDFs; open escrowed biometrics")
    what = signature.add_subparsers(dest="signature", required=True, metavar="WHAT")
    verify = what.add_parser("verify", help="is the document intact, is each signature valid?")
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument("--trust", type=Path, metavar="DIR",
                        help="directory of trusted certificates (PEM/DER)")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify)
    open_ = what.add_parser("open", help="decrypt the time series (escrow holder's key)")
    open_.add_argument("file", type=Path, metavar="FILE.pdf")
    open_.add_argument("--escrow-key", type=Path, required=True, metavar="KEY.pem")
    open_.add_argument("--out", type=Path, required=True, metavar="DIR")
    open_.set_defaults(func=cmd_open)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as exc:
        print(f"error: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return None


def cmd_verify(args: argparse.Namespace) -> int:
    data = _read(args.file)
    if data is None:
        return 2
    report = verify_pdf(data, args.trust)
    result = report.as_json()
    result["file"] = str(args.file)
    if args.trust is not None:
        result["trust_store"] = str(args.trust)
    ok = report.all_trusted if args.trust is not None else report.all_valid
    result["ok"] = ok
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(f"{args.file}: document {'intact' if report.document_intact else 'NOT intact'}"
              + (f" ({report.problem})" if report.problem else ""))
        for s in report.signatures:
            print(f"  {s.field}: PAdES {'valid' if s.valid else 'INVALID'}"
                  f"{', trusted' if s.trusted else ', not trusted'}; binding "
                  f"{'intact' if s.binding_ok else 'BROKEN: ' + str(s.binding_problem)}; "
                  f"{s.signer_name}, {s.place}, {s.signed_at}; {s.sample_count} samples; "
                  f"changes after it: {s.modification_level}")
    return 0 if ok else 1


def cmd_open(args: argparse.Namespace) -> int:
    data, key = _read(args.file), _read(args.escrow_key)
    if data is None or key is None:
        return 2
    try:
        written = open_biometrics(data, key, args.out)
    except (RefusedError, EscrowError) as exc:
        print(f"error: refused: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    if not written:
        print("error: the document carries no encrypted biometric data", file=sys.stderr)
        return 1
    return 0
