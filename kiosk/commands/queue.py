"""``buergerbuero queue …`` and ``sync --once``: the outbox, for staff and technicians (Qt-free).

- ``queue status [--json]``: counts of the outbox; ``queue list [--json]``: its items
  (no personal data); ``queue retry ID|--all-failed``; ``queue export ID --to DIR``
  (hand delivery: the decrypted PDF and metadata, files mode 0600).
- ``sync --once [--json]``: try every due item once, on this thread.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.base.errors import ConfigError, StorageError
from kiosk.base.i18n import N_
from kiosk.sender import client_factory, service_facts
from kiosk.settings import Settings, check_value, load_settings
from kiosk.settings_files import data_dir_unreadable, file_problems
from sync.keycheck import KeyTrust
from sync.outbox import STATES, Outbox, failure_reasons, read_status
from sync.worker import QuietListener, SyncWorker

EXIT_USER_ERROR = 2


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Register ``queue …`` and ``sync`` on the main CLI's subparsers."""
    queue = subparsers.add_parser("queue", help="the outbox of applications waiting to be sent")
    queue_commands = queue.add_subparsers(dest="queue_command", metavar="COMMAND")
    queue.set_defaults(func=_usage(queue))
    status = queue_commands.add_parser("status", help="how many applications wait, were sent…")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.add_argument("--data-dir", type=Path, default=None,
                        help="the kiosk's data directory (default: from the settings)")
    status.add_argument("--config", type=Path, default=None, help="settings file (TOML)")
    status.set_defaults(func=_queue_status)

    listing = queue_commands.add_parser("list", help="the items (no personal data)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--state", action="append", choices=STATE_NAMES,
                         help="only items in this state (repeatable)")
    listing.add_argument("--limit", type=int, default=1000)
    _location(listing)
    listing.set_defaults(func=_queue_list)

    retry = queue_commands.add_parser("retry", help="send failed items again")
    which = retry.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", type=int, help="the item's id (see 'queue list')")
    which.add_argument("--all-failed", action="store_true", help="every failed item")
    _location(retry)
    retry.set_defaults(func=_queue_retry)

    export = queue_commands.add_parser(
        "export", help="write an item's PDF and data to a directory for hand delivery "
        "(CONTAINS PERSONAL DATA)")
    export.add_argument("id", type=int, help="the item's id (see 'queue list')")
    export.add_argument("--to", type=Path, required=True, help="target directory")
    _location(export)
    export.set_defaults(func=_queue_export)

    sync = subparsers.add_parser("sync", help="send what the outbox holds")
    sync.add_argument("--once", action="store_true", required=True,
                      help="try every due item once, then exit")
    sync.add_argument("--json", action="store_true", help="print JSON")
    sync.add_argument("--url", help="intake server (default: from the settings)")
    sync.add_argument("--ca-file", help="PEM file of the CA to trust for HTTPS")
    sync.add_argument("--key-root", type=Path,
                      help="root certificate (PEM) the destination key must chain up to "
                           "(default: the setting intake_key_root)")
    sync.add_argument("--key-crl", type=Path,
                      help="CRLs for that chain (default: the setting intake_key_crl)")
    sync.add_argument("--token-url",
                      help="OAuth2 token endpoint (default: the setting fitconnect_token_url; "
                      "client id and secret file always come from the settings)")
    _location(sync)
    sync.set_defaults(func=_sync_once)


STATE_NAMES = ("queued", "announced", "uploading", "completed", "confirmed", "failed")


def _location(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="the kiosk's data directory (default: from the settings)")
    parser.add_argument("--config", type=Path, default=None, help="settings file (TOML)")


def _settings(args: argparse.Namespace) -> Any:
    if args.data_dir is not None:
        return load_settings(args.config, data_dir=args.data_dir) if args.config \
            else _default_settings(args.data_dir)
    return load_settings(args.config)


def _default_settings(data_dir: Path) -> Any:
    return Settings(data_dir=data_dir)


def _open_outbox(args: argparse.Namespace) -> Any:
    settings = _settings(args)
    if not settings.outbox_path.exists():
        raise StorageError(N_("Sync", "There is no outbox in {path}.")
                           .format(path=str(settings.data_dir)))
    return Outbox(settings.outbox_path, settings.key_path, recover_interrupted=False)


def _queue_list(args: argparse.Namespace) -> int:
    outbox = _open_outbox(args)
    try:
        items = outbox.list_items(tuple(args.state) if args.state else STATES, args.limit)
    finally:
        outbox.close()
    if args.json:
        print(json.dumps(items))
        return 0
    for item in items:
        error = f"  {item['last_error']}" if item["last_error"] else ""
        print(f"{item['id']:>6}  {item['state']:<10} {item['vorgangsnummer']:<22} "
              f"attempts={item['attempts']}{error}")
    return 0


def _queue_retry(args: argparse.Namespace) -> int:
    outbox = _open_outbox(args)
    try:
        count = outbox.retry_failed(None if args.all_failed else args.id)
    finally:
        outbox.close()
    print(f"{count} item(s) put back in line; the kiosk sends them at its next attempt")
    return 0 if count or args.all_failed else 1


def _queue_export(args: argparse.Namespace) -> int:
    import os

    outbox = _open_outbox(args)
    try:
        item = outbox.item(args.id)
    finally:
        outbox.close()
    app = item.application
    target = args.to / f"{app.vorgangsnummer}"
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    metadata = {"vorgangsnummer": app.vorgangsnummer, "service_id": app.service_id,
                "idempotency_key": app.idempotency_key, "metadata": app.metadata}
    for name, data in (("application.pdf", app.pdf),
                       ("metadata.json", json.dumps(metadata, ensure_ascii=False,
                                                    indent=2).encode())):
        path = target / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(path, 0o600)
    print("WARNING: these files CONTAIN PERSONAL DATA of a citizen. Hand them only to the "
          "responsible office, keep them on encrypted media and delete them after delivery.",
          file=sys.stderr)
    print(str(target))
    return 0


def _sync_once(args: argparse.Namespace) -> int:
    settings = _settings(args)
    url = args.url or settings.intake_url
    ca_file = args.ca_file or settings.intake_ca_file or None
    trust = KeyTrust(args.key_root or settings.intake_key_root,
                     args.key_crl or settings.intake_key_crl)
    # Refused before the first attempt, once: an address the client cannot use would
    # fail every attempt and leave the items waiting for ever.
    wrong = check_value("intake_url", url, "--url") if args.url else None
    if wrong is not None:
        raise ConfigError(wrong)
    unreadable = file_problems(Settings(intake_ca_file=ca_file or ""))
    if unreadable:
        raise ConfigError(unreadable[0])
    worker = SyncWorker(settings.outbox_path, settings.key_path,
                        client_factory(settings, url=url, ca_file=ca_file, key_trust=trust,
                                       token_url=args.token_url),
                        QuietListener(),
                        retention_s=settings.retention_days * 86400.0,
                        destination_id=settings.destination_id,
                        destinations=settings.destinations,
                        region=settings.fitconnect_region or None,
                        service_facts=service_facts)
    counts = worker.run_once()
    report: dict[str, Any] = dict(counts)
    report["status"] = read_status(settings.outbox_path).to_json()
    if args.json:
        print(json.dumps(report))
    else:
        print(", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0 if counts["failed"] == 0 else 1


def _usage(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        parser.print_usage(sys.stderr)
        return EXIT_USER_ERROR

    return run


def _queue_status(args: argparse.Namespace) -> int:
    settings = _settings(args)
    unusable = data_dir_unreadable(settings)  # zeros from a directory it cannot read lie
    if unusable is not None:
        raise StorageError(unusable)
    path = settings.outbox_path
    status = read_status(path)
    reasons = failure_reasons(path) if status.failed else []
    if args.json:
        print(json.dumps({**status.to_json(), "failed_reasons": [
            {"reason": reason, "count": count} for reason, count in reasons]}))
        return 0
    age = status.oldest_waiting_age_s
    rows = [
        ("queued", str(status.queued)),
        ("sending", str(status.sending)),
        ("  submitted", f"{status.submitted} (at FIT-Connect, not yet accepted)"),
        ("sent", f"{status.sent} (accepted by the office)"),
        ("failed", str(status.failed)),
        ("oldest waiting", "-" if age is None else f"{age:.0f} s"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name.ljust(width)}  {value}")
    for reason, count in reasons:  # e.g. "destination key refused: RSA key of 2048 bits …"
        print(f"  failed {count}×: {reason or 'no reason recorded'}")
    return 0
