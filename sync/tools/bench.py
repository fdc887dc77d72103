"""``buergerbuero bench sync``: the sync path against baselines measured in the same run.

- ``throughput_ratio``: the sync worker draining N applications (200 KB PDFs) to the
  reference intake server on loopback ÷ a plain ``requests`` loop replaying the very
  same HTTP requests (same count, same already-encrypted bodies) to a fresh instance
  of the same server (same key). Target ≥ 0.7.
- ``server_ratio``: that plain replay ÷ the same replay against a minimal sink server
  that reads and discards each body. Target ≥ 0.25. The intake server answers a
  completion once it is stored sealed; its case processor (another process)
  decrypts and files it. The recorded requests include the worker's long-polled
  status reads (``?wait=``), so both replays against the intake server wait for
  every verdict: the processor's decryption and storage are inside the figure.
- ``enqueue_p50_ratio`` / ``enqueue_p99_ratio``: :meth:`Outbox.enqueue` (sealed,
  WAL, synchronous=FULL) ÷ a bare sqlite3 insert+commit of the same bytes with
  synchronous=FULL. Targets ≤ 2 and ≤ 3.
- ``rss_growth_mb``: peak RSS of a sync process draining ``drain`` applications
  minus its RSS after the first 100. Target < 30.
- ``token_overhead_ms``: the OAuth2 token's cost per item (one token fetch, measured
  against the stand-in's token endpoint, × tokens the worker fetched ÷ items).
- ``lost`` / ``duplicated``: counted at the servers (cases per Vorgangsnummer).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from sync.outbox import Outbox, OutgoingApplication
from sync.protocol import IntakeClient
from sync.reference.pki import CRL_FILE, PKI_DIR, ROOT_CERT
from sync.reference.server import IntakeServer, stored_cases
from sync.reference.store import KEY_FILE
from sync.reference.tokens import CLIENT_SECRET_FILE
from sync.tools.crashdrill import DRILL_SERVICE, send_until_done
from sync.worker import QuietListener, SyncWorker

PDF_BYTES = 200 * 1024
ROOT = Path(__file__).resolve().parent.parent

# method, path, body, content type, and for an announce: the submission and case ids it got.
Request = list[Any]


def bench_application(rng: random.Random, index: int, size: int) -> OutgoingApplication:
    return OutgoingApplication(
        idempotency_key=uuid.UUID(int=rng.getrandbits(128), version=4).hex,
        vorgangsnummer=f"BENCH-{index:06d}",
        service_id="meldebescheinigung-einfach",
        metadata={"answers": {"family_name": f"Bench-{index}", "purpose": "employer"},
                  "identification": "typed", "signed_at": "2026-03-02T10:15:00+01:00",
                  "fit_connect": DRILL_SERVICE},
        pdf=b"%PDF-1.7\n%" + rng.randbytes(size) + b"\n%%EOF\n",
    )




class _Sink(BaseHTTPRequestHandler):
    """Reads and discards each body; answers like the intake server would, minimally."""

    protocol_version = "HTTP/1.1"
    wbufsize = 64 * 1024

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        if length:
            self.rfile.read(length)
        status = 200
        if self.path == "/token":
            body = b'{"access_token":"sink","token_type":"bearer","expires_in":1800}'
        elif self.command == "POST":
            body = json.dumps({"submissionId": str(uuid.uuid4()),
                               "caseId": str(uuid.uuid4())}).encode()
            status = 201
        elif self.command == "PUT" and "/attachments/" in self.path:
            body, status = b"", 204
        elif "/events" in self.path:
            body = b'{"eventLog":[]}'
        else:
            body = b"{}"
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        if body:
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _SinkServer(ThreadingHTTPServer):
    daemon_threads = True

    def get_request(self) -> tuple[Any, Any]:
        import socket

        sock, addr = super().get_request()
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock, addr


def replay(base_url: str, requests_log: list[Request], client: tuple[str, str]) -> float:
    """Send the recorded requests with a plain requests.Session, one bearer token
    fetched first (as the sender does); returns seconds.

    Submission and case ids differ per server: each announce's answer maps the
    recorded ids (the request's fifth and sixth entries) to the new ones in the
    paths that follow.
    """
    import requests

    session = requests.Session()
    ids: dict[str, str] = {}
    started = time.perf_counter()
    token = session.post(f"{base_url}/token", timeout=30, data={
        "grant_type": "client_credentials", "client_id": client[0],
        "client_secret": client[1]}).json()["access_token"]
    session.headers["Authorization"] = f"Bearer {token}"
    for method, path, body, content_type, recorded_sid, recorded_case in requests_log:
        path, _, query = path.partition("?")
        parts = path.split("/")
        if len(parts) > 2 and parts[2] in ids:
            parts[2] = ids[parts[2]]
            path = "/".join(parts)
        if query:
            path = f"{path}?{query}"
        headers = {"Content-Type": content_type} if content_type else {}
        response = session.request(method, f"{base_url}/v2{path}", data=body,
                                   headers=headers, timeout=30)
        if response.status_code >= 400:
            raise RuntimeError(f"replay: HTTP {response.status_code} for {method}")
        if recorded_sid is not None:
            answer = response.json()
            ids[recorded_sid] = answer["submissionId"]
            ids[recorded_case] = answer["caseId"]
    elapsed = time.perf_counter() - started
    session.close()
    return elapsed


def _token_ms(url: str, client: tuple[str, str]) -> float:
    """What one token costs (a form post to the stand-in's token endpoint), in ms."""
    import requests

    started = time.perf_counter()
    for _ in range(10):
        requests.post(f"{url}/token", timeout=30, data={
            "grant_type": "client_credentials", "client_id": client[0],
            "client_secret": client[1]}).raise_for_status()
    return (time.perf_counter() - started) * 100.0


def _throughput(tmp: Path, items: int, rng: random.Random) -> dict[str, Any]:
    data = tmp / "terminal"
    box = Outbox(data / "outbox.sqlite3", data / "terminal.key")
    keys = []
    for i in range(items):
        app = bench_application(rng, i, PDF_BYTES)
        keys.append(app.vorgangsnummer)
        box.enqueue(app)
    box.close()

    log: list[Request] = []
    announces: list[Request] = []

    def record(method: str, path: str, body: bytes | None, content_type: str | None) -> None:
        entry: Request = [method, path, body, content_type, None, None]
        log.append(entry)
        if method == "POST":
            announces.append(entry)
        elif path.startswith("/submissions/") and announces and announces[-1][4] is None:
            announces[-1][4] = path.partition("?")[0].split("/")[2]

    server = IntakeServer("127.0.0.1", 0, tmp / "intake-a", check_signatures=False)
    server.start()
    tokens = server.sender_tokens()
    client = (tokens.client_id, tokens.client_secret)
    try:
        worker = SyncWorker(data / "outbox.sqlite3", data / "terminal.key",
                            lambda: IntakeClient(server.url, timeout_s=30, recorder=record,
                                                 key_trust=server.key_trust, tokens=tokens),
                            QuietListener())
        started = time.perf_counter()
        counts = worker.run_once()
        worker_s = time.perf_counter() - started
        token_ms = _token_ms(server.url, client)
    finally:
        server.stop()
    # Each announce's case id, for the replay's mapping (the outbox kept them).
    box = Outbox(data / "outbox.sqlite3", data / "terminal.key")
    cases = {r[0]: r[1] for r in box.database.execute(
        "SELECT submission_id, case_ref FROM outbox WHERE submission_id IS NOT NULL")}
    box.close()
    for entry in announces:
        entry[5] = cases.get(entry[4])
    (tmp / "intake-b").mkdir()
    shutil.copy(tmp / "intake-a" / KEY_FILE, tmp / "intake-b" / KEY_FILE)
    for name in (CLIENT_SECRET_FILE, "sender-client-id"):
        shutil.copy(tmp / "intake-a" / name, tmp / "intake-b" / name)
    shutil.copytree(tmp / "intake-a" / PKI_DIR, tmp / "intake-b" / PKI_DIR)
    replay_server = IntakeServer("127.0.0.1", 0, tmp / "intake-b", check_signatures=False)
    replay_server.start()
    try:
        replay_s = replay(replay_server.url, log, client)
    finally:
        replay_server.stop()
    sink = _SinkServer(("127.0.0.1", 0), _Sink)
    thread = threading.Thread(target=sink.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        sink_s = replay(f"http://127.0.0.1:{sink.server_address[1]}", log, client)
    finally:
        sink.shutdown()
        sink.server_close()
    lost, duplicated = _count(tmp / "intake-a", keys)
    lost_b, duplicated_b = _count(tmp / "intake-b", keys)
    return {
        "items": items,
        "requests": len(log),
        "items_per_s": round(items / worker_s, 1),
        "replay_items_per_s": round(items / replay_s, 1),
        "sink_items_per_s": round(items / sink_s, 1),
        "throughput_ratio": round(replay_s / worker_s, 3),
        "server_ratio": round(sink_s / replay_s, 3),
        "sent_by_worker": counts["sent"],
        "tokens_fetched": tokens.fetched,
        "token_overhead_ms": round(token_ms * tokens.fetched / items, 4),
        "lost": lost + lost_b,
        "duplicated": duplicated + duplicated_b,
    }


def _count(intake_dir: Path, keys: list[str]) -> tuple[int, int]:
    stored = [meta["vorgangsnummer"] for meta, _pdf in stored_cases(intake_dir)]
    return len(set(keys) - set(stored)), len(stored) - len(set(stored))


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _enqueue_latency(tmp: Path, runs: int, rng: random.Random) -> dict[str, Any]:
    box = Outbox(tmp / "lat" / "outbox.sqlite3", tmp / "lat" / "terminal.key")
    bare = sqlite3.connect(tmp / "lat" / "bare.sqlite3", isolation_level=None)
    bare.execute("PRAGMA journal_mode=WAL")
    bare.execute("PRAGMA synchronous=FULL")
    bare.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT, meta BLOB, pdf BLOB)")
    ours: list[float] = []
    base: list[float] = []
    try:
        for i in range(runs):
            app = bench_application(rng, i, PDF_BYTES)
            meta = json.dumps(app.metadata).encode()
            t0 = time.perf_counter()
            bare.execute("BEGIN")
            bare.execute("INSERT INTO t (k, meta, pdf) VALUES (?, ?, ?)",
                         (app.idempotency_key, meta, app.pdf))
            bare.execute("COMMIT")
            t1 = time.perf_counter()
            box.enqueue(app)
            t2 = time.perf_counter()
            base.append(t1 - t0)
            ours.append(t2 - t1)
    finally:
        box.close()
        bare.close()
    return {
        "enqueue_p50_ms": round(statistics.median(ours) * 1000, 3),
        "enqueue_p99_ms": round(_percentile(ours, 0.99) * 1000, 3),
        "bare_p50_ms": round(statistics.median(base) * 1000, 3),
        "bare_p99_ms": round(_percentile(base, 0.99) * 1000, 3),
        "enqueue_p50_ratio": round(statistics.median(ours) / statistics.median(base), 3),
        "enqueue_p99_ratio": round(_percentile(ours, 0.99) / _percentile(base, 0.99), 3),
    }


DRAIN_CHILD = r"""
import json, sys
from pathlib import Path
from sync.keycheck import KeyTrust
from sync.oauth import ClientCredentials, load_secret
from sync.protocol import IntakeClient
from sync.worker import QuietListener, SyncWorker
data, url = Path(sys.argv[1]), sys.argv[2]
trust = KeyTrust(Path(sys.argv[3]), Path(sys.argv[4]))
tokens = ClientCredentials(url + "/token", sys.argv[5], load_secret(Path(sys.argv[6])))
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
worker = SyncWorker(data / "outbox.sqlite3", data / "terminal.key",
                    lambda: IntakeClient(url, timeout_s=30, key_trust=trust, tokens=tokens),
                    QuietListener())
sent = worker.run_once(max_items=100)["sent"]
warm = rss_mb()
samples = [warm]
while True:
    batch = worker.run_once(max_items=100)
    sent += batch["sent"]
    samples.append(rss_mb())
    if batch["processed"] == 0:
        break
# (ru_maxrss is no use here: a child inherits the parent's peak at fork.)
print(json.dumps({"sent": sent, "rss_after_100_mb": warm, "rss_end_mb": samples[-1],
                  "rss_peak_mb": max(samples)}))
"""


def drain_memory(tmp: Path, drain: int, rng: random.Random, url: str | None = None,
                 intake_dir: Path | None = None) -> dict[str, Any]:
    """Queue ``drain`` small applications, drain them in a child process, measure RSS."""

    data = tmp / "drain"
    box = Outbox(data / "outbox.sqlite3", data / "terminal.key")
    keys = []
    try:
        with box.database.atomic():  # set-up only: one transaction for the whole batch
            for i in range(drain):
                app = bench_application(rng, i, 2048)
                keys.append(app.vorgangsnummer)
                box.enqueue(app)
    finally:
        box.close()
    server = None
    if url is None:
        intake_dir = tmp / "intake-drain"
        server = IntakeServer("127.0.0.1", 0, intake_dir, check_signatures=False)
        server.start()
        url = server.url
    assert intake_dir is not None
    try:
        started = time.perf_counter()
        # Our own interpreter and module, no shell.
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-c", DRAIN_CHILD, str(data), url,
             str(intake_dir / PKI_DIR / ROOT_CERT), str(intake_dir / PKI_DIR / CRL_FILE),
             (intake_dir / "sender-client-id").read_text().strip(),
             str(intake_dir / CLIENT_SECRET_FILE)],
            cwd=ROOT,
            capture_output=True, text=True, check=False, timeout=3600)
        elapsed = time.perf_counter() - started
    finally:
        if server is not None:
            server.stop()
    if result.returncode != 0:
        raise RuntimeError(f"drain child failed: {result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    lost, duplicated = _count(intake_dir, keys)
    return {
        "drain_items": drain,
        "drain_items_per_s": round(drain / elapsed, 1),
        "rss_after_100_mb": round(report["rss_after_100_mb"], 1),
        "rss_peak_mb": round(report["rss_peak_mb"], 1),
        "rss_growth_mb": round(report["rss_peak_mb"] - report["rss_after_100_mb"], 1),
        "lost": lost,
        "duplicated": duplicated,
    }


def crash_drill(tmp: Path, kills: int) -> dict[str, Any]:
    server = IntakeServer("127.0.0.1", 0, tmp / "intake-crash", check_signatures=False)
    server.start()
    try:
        result = subprocess.run(  # noqa: S603 - our interpreter and module
            [sys.executable, "-m", "sync.tools.crashdrill", "--data", str(tmp / "crash"),
             "--url", server.url, "--kills", str(kills),
             "--key-root", str(server.key_trust.root), "--key-crl", str(server.key_trust.crl),
             "--client-id", server.sender_tokens().client_id,
             "--client-secret-file", str(server.client_secret_file)],
            cwd=ROOT, capture_output=True,
            text=True, check=True, timeout=3600)
        report = json.loads(result.stdout)
        send_until_done(tmp / "crash" / "outbox.sqlite3", tmp / "crash" / "terminal.key",
                        server.url, server.destination_id, key_trust=server.key_trust,
                        tokens=server.sender_tokens())
    finally:
        server.stop()
    expected: dict[str, str] = report["expected"]
    cases = stored_cases(tmp / "intake-crash")
    keys = [meta["vorgangsnummer"] for meta, _pdf in cases]
    damaged = sum(1 for meta, pdf in cases
                  if hashlib.sha512(pdf.read_bytes()).hexdigest()
                  != expected.get(meta["vorgangsnummer"]))
    return {"crash_kills": report["kills"], "crash_items": len(expected),
            "crash_lost": len(set(expected) - set(keys)),
            "crash_duplicated": len(keys) - len(set(keys)), "crash_damaged": damaged}


def bench_sync(*, items: int = 300, drain: int = 10_000, crash_kills: int = 0,
               progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    say = progress or (lambda text: print(text, file=sys.stderr, flush=True))
    rng = random.Random(4)  # noqa: S311 - test data, not secrets
    tmp = Path(tempfile.mkdtemp(prefix="bb-bench-sync-"))
    try:
        say(f"bench sync: throughput with {items} applications of 200 KB …")
        report: dict[str, Any] = _throughput(tmp, items, rng)
        say("bench sync: enqueue latency …")
        report.update(_enqueue_latency(tmp, 200, rng))
        lost, duplicated = report.pop("lost"), report.pop("duplicated")
        if drain:
            say(f"bench sync: draining {drain} queued applications …")
            memory = drain_memory(tmp, drain, rng)
            lost += memory.pop("lost")
            duplicated += memory.pop("duplicated")
            report.update(memory)
        if crash_kills:
            say(f"bench sync: crash drill with {crash_kills} SIGKILLs …")
            crash = crash_drill(tmp, crash_kills)
            lost += crash["crash_lost"]
            duplicated += crash["crash_duplicated"]
            report.update(crash)
        report["lost"] = lost
        report["duplicated"] = duplicated
        report["targets"] = {"throughput_ratio": ">= 0.7", "server_ratio": ">= 0.25",
                             "enqueue_p50_ratio": "<= 2", "enqueue_p99_ratio": "<= 3",
                             "rss_growth_mb": "< 30"}
        return report
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        os.sync()
