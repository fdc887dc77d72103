"""``buergerbuero intake-server``: the reference intake server in the foreground (Qt-free).

The FIT-Connect stand-in. Runs until SIGINT or SIGTERM; prints its URL when it
listens (stdout), the root certificate and CRLs of its test PKI a sender must trust,
and its sender client's settings (stderr).
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from sync.httpd import raise_descriptor_limit
from sync.reference.server import IntakeServer

EXIT_USER_ERROR = 2


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    server = subparsers.add_parser(
        "intake-server", help="run the reference intake server in the foreground"
    )
    server.add_argument("--host", default="127.0.0.1", help="address to listen on")
    server.add_argument("--port", type=int, default=8780, help="port (0 picks a free one)")
    server.add_argument("--data", type=Path, required=True,
                        help="directory where received cases are stored")
    server.add_argument("--trust", type=Path, metavar="DIR",
                        help="the office's trust list every application PDF is verified "
                             "against (default: DATA/trust; without one, all are rejected)")
    server.add_argument("--no-signature-check", action="store_true",
                        help="accept made-up PDFs (tests of the protocol only)")
    server.set_defaults(func=run_intake_server)


def run_intake_server(args: argparse.Namespace) -> int:
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    raise_descriptor_limit()  # room for many connections (the cap stays below the limit)
    try:
        server = IntakeServer(args.host, args.port, args.data, trust_dir=args.trust,
                              check_signatures=not args.no_signature_check)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port} or use {args.data}: "
              f"{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.start()
        print(server.url, flush=True)
        # A sender trusts the destination key through this root (not through the server).
        print(f"destination key: trust root {server.key_trust.root}, CRLs "
              f"{server.key_trust.crl} (settings intake_key_root, intake_key_crl)",
              file=sys.stderr, flush=True)
        # Its sender client, for the settings (the secret stays in its 0600 file).
        print(f"sender: fitconnect_token_url {server.token_url}, fitconnect_client_id "
              f"{server.sender_tokens().client_id}, fitconnect_client_secret_file "
              f"{server.client_secret_file}, destination_id {server.destination_id}",
              file=sys.stderr, flush=True)
        fleet_id, fleet_secret = server.fleet_client
        print(f"fleet: buergerbuero fleet status --server {server.url} --client-id "
              f"{fleet_id} --client-secret-file {fleet_secret}", file=sys.stderr, flush=True)
        stop.wait()
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
