"""Crash drill: kill a sending process with SIGKILL at random moments, many times.

``python -m sync.tools.crashdrill --data DIR --url URL --kills N`` (used by the test
suite and ``buergerbuero bench sync --crash-kills N``). Each cycle enqueues a
few small applications, forks a child that sends the outbox (the real worker,
real HTTP to the intake server), sleeps 0–``max_kill_ms`` and kills the child
with SIGKILL. Forking from this single-threaded process keeps a cycle fast (the
imports are already done). Prints JSON: kills, and every enqueued key with the
SHA-512 of its PDF, so the caller can check the server: nothing lost, nothing
duplicated, every attachment intact.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from sync import e2e
from sync.keycheck import KeyTrust
from sync.oauth import ClientCredentials, TokenSource, load_secret
from sync.outbox import Outbox, OutgoingApplication, read_status
from sync.protocol import IntakeClient
from sync.worker import DEFAULT_DESTINATION, QuietListener, SyncWorker

#: The FIT-Connect facts of the drill's applications (a placeholder Leika key).
DRILL_SERVICE = {"leika": "urn:de:fim:leika:leistung:99999999000004",
                 "service_name": "Meldebescheinigung",
                 "submission_schema": "urn:buergerbuero:fachdaten:meldebescheinigung-einfach:1"}


def small_pdf(rng: random.Random, size: int = 2048) -> bytes:
    return b"%PDF-1.7\n%" + rng.randbytes(size) + b"\n%%EOF\n"


def drill_application(rng: random.Random, index: int, pdf_size: int = 2048) -> OutgoingApplication:
    return OutgoingApplication(
        idempotency_key=uuid.UUID(int=rng.getrandbits(128), version=4).hex,
        vorgangsnummer=f"DRILL-{index:06d}",
        service_id="meldebescheinigung-einfach",
        metadata={"answers": {"family_name": f"Drill-{index}"}, "identification": "typed",
                  "signed_at": "2026-03-02T10:15:00+01:00", "fit_connect": DRILL_SERVICE},
        pdf=small_pdf(rng, pdf_size),
    )


def send_until_done(db: Path, key: Path, url: str, destination_id: str,
                    ca_file: str | None = None, key_trust: KeyTrust | None = None,
                    tokens: TokenSource | None = None) -> None:
    """Send until nothing is waiting (retrying quickly); used by the drill's children."""
    worker = SyncWorker(db, key, lambda: IntakeClient(url, timeout_s=5.0, ca_file=ca_file,
                                                      key_trust=key_trust, tokens=tokens),
                        QuietListener(), backoff_base_s=0.005, backoff_cap_s=0.02,
                        destination_id=destination_id)
    while True:
        worker.run_once()
        status = read_status(db)
        if status.queued + status.sending == 0:
            return
        time.sleep(0.005)


def run(data: Path, url: str, kills_wanted: int, *, seed: int, per_cycle: int = 3,
        max_kill_ms: float = 150.0, destination_id: str = DEFAULT_DESTINATION,
        pdf_size: int = 2048, key_trust: KeyTrust | None = None,
        tokens: TokenSource | None = None) -> dict[str, Any]:
    # Load everything the children need before forking, so a cycle costs no imports.
    import requests  # noqa: F401

    e2e.registry()
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    db, key = data / "outbox.sqlite3", data / "terminal.key"
    expected: dict[str, str] = {}
    kills = 0
    finished_early = 0
    index = 0
    cycles = 0
    while kills < kills_wanted and cycles < 5 * kills_wanted:
        cycles += 1
        box = Outbox(db, key, recover_interrupted=False)
        try:
            for _ in range(per_cycle):
                app = drill_application(rng, index, pdf_size)
                index += 1
                box.enqueue(app)
                expected[app.vorgangsnummer] = hashlib.sha512(app.pdf).hexdigest()
        finally:
            box.close()
        pid = os.fork()
        if pid == 0:  # child: send, get killed
            code = 0
            try:
                send_until_done(db, key, url, destination_id, key_trust=key_trust,
                                tokens=tokens)
            except Exception:  # noqa: BLE001 - the child reports by exit code only
                code = 3
            os._exit(code)
        time.sleep(rng.uniform(0.0, max_kill_ms / 1000.0))
        done, _status = os.waitpid(pid, os.WNOHANG)
        if done:
            finished_early += 1
            continue
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        kills += 1
    return {"kills": kills, "cycles": cycles, "finished_before_kill": finished_early,
            "expected": expected}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sync.tools.crashdrill")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--kills", type=int, default=100, help="SIGKILLs to deliver")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-kill-ms", type=float, default=150.0)
    parser.add_argument("--key-root", type=Path, required=True,
                        help="root certificate (PEM) the destination key must chain up to")
    parser.add_argument("--key-crl", type=Path, help="CRLs for that chain (PEM or DER)")
    parser.add_argument("--client-id", help="OAuth2 client id (token endpoint: URL/token)")
    parser.add_argument("--client-secret-file", type=Path,
                        help="file with the client secret (mode 0600)")
    args = parser.parse_args(argv)
    tokens = None
    if args.client_id and args.client_secret_file:
        tokens = ClientCredentials(f"{args.url.rstrip('/')}/token", args.client_id,
                                   load_secret(args.client_secret_file))
    report = run(args.data, args.url, args.kills, seed=args.seed, max_kill_ms=args.max_kill_ms,
                 key_trust=KeyTrust(args.key_root, args.key_crl), tokens=tokens)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
