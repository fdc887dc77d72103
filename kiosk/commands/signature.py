"""``buergerbuero signature …``: verify, open, and the office PKI (docs/signatures.md).

Qt-free.

* ``verify FILE [--trust DIR]`` — exit 0 only when the document verifies against
  the trust store (``--trust``, else the setting ``trust_dir``); without a trust
  anchor, or for any failed check, exit 1 with the reasons.
* ``open FILE --escrow-key KEY --out DIR`` — the escrow holder's tool: refuses
  (exit 1) a document that does not verify, unless ``--force`` (then it says so).
* ``ca create|import|issue|list|revoke|crl|publish`` — the technician's office CA.
* ``enroll request|install|show`` — on a device: make its key (in a file or on a
  PKCS#11 token) and request, install the certificate that comes back.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from forms.signing import pki, token
from forms.signing.escrow import EscrowError
from forms.signing.verify import DocumentReport, RefusedError, open_biometrics, verify_pdf
from kiosk.settings import load_settings
from kiosk.signing import pkcs11_key, signing_dir


def add_commands(sub: Any) -> None:
    signature = sub.add_parser("signature", help="verify signed PDFs; the office PKI")
    what = signature.add_subparsers(dest="signature", required=True, metavar="WHAT")
    verify = what.add_parser("verify", help="is every signature intact, trusted and locked?")
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument("--trust", type=Path, metavar="DIR",
                        help="trust store: the office CA certificate(s) and CRL(s)")
    verify.add_argument("--config", type=Path, help="settings file (for 'trust_dir')")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify)
    open_ = what.add_parser("open", help="decrypt the time series (escrow holder's key)")
    open_.add_argument("file", type=Path, metavar="FILE.pdf")
    open_.add_argument("--escrow-key", type=Path, required=True, metavar="KEY.pem")
    open_.add_argument("--out", type=Path, required=True, metavar="DIR")
    open_.add_argument("--trust", type=Path, metavar="DIR")
    open_.add_argument("--config", type=Path)
    open_.add_argument("--force", action="store_true",
                       help="open a document that does not verify (the output says so)")
    open_.set_defaults(func=cmd_open)
    _add_ca(what.add_parser("ca", help="the office CA: create, issue, revoke, publish"))
    _add_enroll(what.add_parser("enroll", help="enroll this device: key, request, certificate"))


def _add_ca(ca: Any) -> None:
    verbs = ca.add_subparsers(dest="ca", required=True, metavar="VERB")
    create = verbs.add_parser("create", help="a new office CA in DIR")
    create.add_argument("dir", type=Path)
    create.add_argument("--name", required=True, help="the CA's name, e.g. 'Stadt X Bürgerbüro-CA'")
    create.add_argument("--organization", required=True)
    create.set_defaults(func=lambda a: _print(pki.create_ca(a.dir, a.name, a.organization)))
    imp = verbs.add_parser("import", help="use the city's existing CA certificate")
    imp.add_argument("dir", type=Path)
    imp.add_argument("cert", type=Path)
    imp.set_defaults(func=lambda a: _print(pki.import_ca(a.dir, a.cert)))
    issue = verbs.add_parser("issue", help="certify a device's request")
    issue.add_argument("dir", type=Path)
    issue.add_argument("csr", type=Path, metavar="DEVICE.csr")
    issue.add_argument("--out", type=Path, required=True, metavar="DEVICE.crt")
    issue.add_argument("--role", choices=pki.ROLES, default="terminal")
    issue.add_argument("--days", type=int, default=pki.DEVICE_DAYS)
    issue.set_defaults(func=cmd_issue)
    listing = verbs.add_parser("list", help="every certificate issued")
    listing.add_argument("dir", type=Path)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_list)
    revoke = verbs.add_parser("revoke", help="revoke a certificate; re-signs the CRL")
    revoke.add_argument("dir", type=Path)
    revoke.add_argument("serial", type=int)
    revoke.add_argument("--reason", default="key_compromise")
    revoke.set_defaults(func=lambda a: _print(pki.revoke(a.dir, a.serial, a.reason).as_json()))
    crl = verbs.add_parser("crl", help="re-sign the CRL (do it before it runs out)")
    crl.add_argument("dir", type=Path)
    crl.set_defaults(func=lambda a: _print(pki.refresh_crl(a.dir)))
    publish = verbs.add_parser("publish", help="copy CA certificate and CRL to a trust store")
    publish.add_argument("dir", type=Path)
    publish.add_argument("trust_dir", type=Path)
    publish.set_defaults(func=lambda a: _print(*pki.publish(a.dir, a.trust_dir)))


def _add_enroll(enroll: Any) -> None:
    verbs = enroll.add_subparsers(dest="enroll", required=True, metavar="VERB")
    request = verbs.add_parser("request", help="a new key for this device and its request")
    request.add_argument("--config", type=Path)
    request.add_argument("--role", choices=("terminal", "tablet"), default="terminal")
    request.set_defaults(func=cmd_enroll_request)
    install = verbs.add_parser("install", help="install the certificate the CA issued")
    install.add_argument("cert", type=Path, metavar="DEVICE.crt")
    install.add_argument("--chain", type=Path, required=True, metavar="CA.crt")
    install.add_argument("--config", type=Path)
    install.set_defaults(func=cmd_enroll_install)


def _print(*values: Any) -> int:
    for value in values:
        print(json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else value)
    return 0


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as exc:
        print(f"error: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return None


def _trust(args: argparse.Namespace) -> Path | None:
    if args.trust is not None:
        return Path(args.trust)
    return load_settings(args.config).trust_dir


def _print_report(path: Path, report: DocumentReport) -> None:
    print(f"{path}: {'OK' if report.ok else 'NOT OK'}")
    for s in report.signatures:
        print(f"  {s.field}: {'ok' if s.ok else 'NOT ok'}; {s.signer_certificate or '?'}; "
              f"{s.level}; lock {s.lock or 'none'}; {s.signer_name}, {s.place}, "
              f"{s.signed_at}; {s.sample_count} samples")
    for reason in report.reasons():
        print(f"  - {reason.untranslated()}")


def cmd_verify(args: argparse.Namespace) -> int:
    data = _read(args.file)
    if data is None:
        return 2
    report = verify_pdf(data, _trust(args))
    if args.json:
        result = report.as_json()
        result["file"] = str(args.file)
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print_report(args.file, report)
    return 0 if report.ok else 1


def cmd_open(args: argparse.Namespace) -> int:
    data, key = _read(args.file), _read(args.escrow_key)
    if data is None or key is None:
        return 2
    try:
        written, report = open_biometrics(data, key, args.out, _trust(args), force=args.force)
    except (RefusedError, EscrowError) as exc:
        print(f"error: {exc} (--force opens it all the same)", file=sys.stderr)
        return 1
    if not report.ok:
        print("warning: opened with --force: the document does NOT verify; the pen data is "
              "no evidence for it:", file=sys.stderr)
        for reason in report.reasons():
            print(f"  - {reason.untranslated()}", file=sys.stderr)
    for path in written:
        print(path)
    if not written:
        print("error: the document carries no encrypted biometric data", file=sys.stderr)
        return 1
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    pem = pki.issue(args.dir, args.csr, role=args.role, days=args.days)
    args.out.write_bytes(pem)
    print(args.out)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    items = pki.issued(args.dir)
    if args.json:
        print(json.dumps([i.as_json() for i in items], indent=2, ensure_ascii=False))
        return 0
    for i in items:
        state = f"REVOKED {i.revoked_at} ({i.reason})" if i.revoked_at else "valid"
        print(f"{i.serial}  {i.role:8}  {i.device:10}  until {i.not_after}  {state}  "
              f"{i.subject}")
    return 0


def cmd_enroll_request(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    directory = signing_dir(settings)
    key = pkcs11_key(settings)
    if key is None:
        csr = pki.make_device_request(directory, settings.office_name, settings.terminal_id,
                                      args.role)
    else:
        csr = token.make_request(key, pki.device_subject(
            settings.office_name, settings.terminal_id, args.role), directory / pki.DEVICE_CSR)
    print(csr)
    print("Give this request to the technician of the office CA: 'buergerbuero signature ca "
          f"issue CA_DIR {csr} --out DEVICE.crt --role {args.role}'.", file=sys.stderr)
    return 0


def cmd_enroll_install(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    directory = signing_dir(settings)
    key = pkcs11_key(settings)
    public = pki.device_public_key(directory) if key is None else token.public_key(key)
    print(pki.install_certificate(directory, args.cert, public, args.chain))
    return 0
