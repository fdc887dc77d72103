"""The intake server's case processor: decrypts, checks and files submitted applications.

The HTTP front (:mod:`sync.reference.server`) only stores what arrives, sealed,
and answers "submitted"; this step does the expensive part in its own process
(``python -m sync.reference.processor DATA_DIR``), like the case system that
subscribes to a FIT-Connect destination: decrypt every attachment and the
completion (JWE, the destination's private key), check the SHA-512 hashes the
metadata announces, then write the case directory and record "accepted" with
the case id, or "rejected" with the reason. Clients read the verdict with
``GET /submissions/{id}``.

The process is woken through its stdin (one byte per completed submission)
and also looks every :data:`POLL_S` seconds; it ends when stdin closes. After
each committed batch of verdicts it writes one line (``decided N``) to its
stdout: the server's long-polling requests wait for that line instead of
polling the store (``CaseProcessor(on_decided=...)`` hears it). Every step is
idempotent, so a processor killed at any moment finishes the same cases, with
the same case ids, when it runs again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import select
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sync.durable import fsync_dir, write_synced
from sync.e2e import DecryptionFailed, decrypt, load_or_create_private_key
from sync.metadata import MetadataInvalid, check_metadata
from sync.reference.signatures import check_application, summary
from sync.reference.store import COMPLETE_FILE, KEY_FILE, CaseStore, canonical_hash, now_text

if TYPE_CHECKING:
    from joserfc.jwk import RSAKey

log = logging.getLogger(__name__)
TRUST_DIR = "trust"  # the office's trust list, in the server's data directory by default
POLL_S = 1.0
NOT_FOR_US = "payload is not a JWE for this destination's key"


class Unreadable(Exception):
    """A sealed payload cannot be decrypted or parsed; the message is the reason."""


def open_completion(key: RSAKey, body: bytes) -> tuple[dict[str, Any], bytes, dict[str, Any]]:
    """(metadata, raw data, data) of a completion body ``{"encryptedMetadata", …}``."""

    try:
        outer = json.loads(body)
    except ValueError as exc:
        raise Unreadable("completion body is not JSON") from exc
    if not isinstance(outer, dict):
        raise Unreadable("completion body is not a JSON object")
    parts = []
    for name in ("encryptedMetadata", "encryptedData"):
        value = outer.get(name)
        if not isinstance(value, str) or not value:
            raise Unreadable(f"'{name}' must be a JWE in compact serialisation")
        try:
            parts.append(decrypt(key, value.encode().strip()))
        except DecryptionFailed as exc:
            raise Unreadable(NOT_FOR_US) from exc
    metadata, data = (_json_object(p) for p in parts)
    return metadata, parts[1], data


def content_hash(key: RSAKey, body: bytes) -> str:
    """What makes two completions "the same content", whatever their encryption."""
    metadata, raw, _data = open_completion(key, body)
    return canonical_hash([metadata, raw.decode("utf-8", "replace")])


def plaintext_sha512(key: RSAKey, token: bytes) -> str:
    try:
        return hashlib.sha512(decrypt(key, token.strip())).hexdigest()
    except DecryptionFailed as exc:
        raise Unreadable(NOT_FOR_US) from exc


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise Unreadable("payload is not JSON") from exc
    if not isinstance(value, dict):
        raise Unreadable("payload is not a JSON object")
    return value


# -- processing ---------------------------------------------------------------------------

BATCH = 32  # submissions decided per commit when a backlog waits


@dataclass
class _Opened:
    """A submission decrypted and checked, ready to become a case."""

    sid: str
    row: dict[str, Any]
    metadata: dict[str, Any]
    data: dict[str, Any]
    pdf: bytes
    digests: dict[str, str]
    content: str
    signatures: list[dict[str, Any]] | None  # None: not checked (protocol tests only)


def process_pending(store: CaseStore, key: RSAKey,
                    decided: Callable[[int], None] | None = None,
                    trust_dir: Path | None = None) -> int:
    """Decide every submitted submission, in batches; returns how many were decided.

    ``decided(n)`` is called after each batch of ``n`` verdicts is committed.
    """
    done = 0
    while pending := store.pending()[:BATCH]:
        try:
            process(store, key, pending, trust_dir)
        except OSError as exc:  # disk trouble: try again at the next wake-up
            log.error("processing submissions failed: %s", type(exc).__name__)
            break
        done += len(pending)
        if decided is not None:
            decided(len(pending))
    return done


def process(store: CaseStore, key: RSAKey, sids: list[str],
            trust_dir: Path | None = None) -> None:
    """Decide these submissions; safe to repeat after a crash at any point.

    Two commits for the whole batch (verdicts and case ids; accepted) and one
    fsync of the cases directory, however many submissions it holds.
    """
    rejected: list[tuple[str, str, str | None, dict[str, str]]] = []
    opened: list[_Opened] = []
    for sid in sids:
        outcome = _open(store, key, sid, trust_dir)
        if isinstance(outcome, _Opened):
            opened.append(outcome)
        else:
            rejected.append(outcome)
    case_ids = store.decide(rejected, [(o.sid, o.content, o.digests) for o in opened])
    for o in opened:
        if not (store.cases_dir / case_ids[o.sid]).is_dir():
            _write_case(store, case_ids[o.sid], o)
    if opened:
        fsync_dir(store.cases_dir)
        store.accept({o.sid: case_ids[o.sid] for o in opened})
    for o in opened:
        shutil.rmtree(store.staging_dir / o.sid, ignore_errors=True)


def _open(store: CaseStore, key: RSAKey, sid: str,
          trust_dir: Path | None) -> _Opened | tuple[str, str, str | None, dict[str, str]]:
    """Decrypt and check one submission: ready to file, or (sid, reason, …) to reject.

    With ``trust_dir`` (always, but in protocol tests) the PDF must verify against the
    office's trust list and carry the submitted data (``sync.reference.signatures``).
    """

    plain: dict[str, bytes] = {}
    for aid in store.attachment_digests(sid):
        try:
            plain[aid] = decrypt(key, store.sealed_attachment(sid, aid).strip())
        except DecryptionFailed:
            return sid, f"attachment: {NOT_FOR_US}", None, {}
    digests = {aid: hashlib.sha512(data).hexdigest() for aid, data in plain.items()}
    try:
        metadata, raw, data = open_completion(
            key, (store.staging_dir / sid / COMPLETE_FILE).read_bytes())
    except Unreadable as exc:
        return sid, str(exc), None, digests
    content = canonical_hash([metadata, raw.decode("utf-8", "replace")])
    row = store.row_of(sid)
    announced: list[str] = json.loads(row["attachments"])
    try:
        check_metadata(metadata)
        reason = check_hashes(metadata, raw, announced, digests)
    except MetadataInvalid as exc:
        reason = exc.detail
    if reason is not None:
        return sid, reason, content, digests
    pdf = plain[announced[0]] if announced else b""
    signatures = None
    if trust_dir is not None:
        reason, report = check_application(pdf, data, trust_dir)
        if reason is not None:
            log.info("intake: submission rejected: %s", reason)
            return sid, reason, content, digests
        signatures = summary(report)
    return _Opened(sid, row, metadata, data, pdf, digests, content, signatures)


def check_hashes(metadata: dict[str, Any], data_raw: bytes, announced: list[str],
                 received: dict[str, str]) -> str | None:
    """None if the metadata's hashes match the data and every attachment, else why not.

    The metadata has passed :func:`sync.metadata.check_metadata` (the official schema),
    so its shape is known; the values are compared here."""
    structure = metadata["contentStructure"]
    if structure["data"]["hash"]["content"] != hashlib.sha512(data_raw).hexdigest():
        return "hash of the data does not match the metadata"
    listed = {a["attachmentId"]: a["hash"]["content"] for a in structure["attachments"]}
    if set(listed) != set(announced) or len(listed) != len(structure["attachments"]):
        return "metadata does not list exactly the announced attachments"
    for attachment_id, digest in received.items():
        if listed.get(attachment_id) != digest:
            return "hash of an attachment does not match the metadata"
    return None


def _write_case(store: CaseStore, case_id: str, case: _Opened) -> None:
    """Write the case into ``.tmp-<case_id>`` (files fsynced, 0600 in a 0700 folder: they
    hold personal data), then rename it into place (the caller fsyncs the cases
    directory). For audits it keeps, under ``sealed/``, the submission as it arrived:
    each attachment's JWE and the submit body (the JWE metadata and data)."""
    tmp = store.cases_dir / f".tmp-{case_id}"
    shutil.rmtree(tmp, ignore_errors=True)  # left by a processor that died half-way
    tmp.mkdir(mode=0o700)
    sealed = tmp / "sealed"
    sealed.mkdir(mode=0o700)
    for source in sorted((store.staging_dir / case.sid).iterdir()):
        write_synced(sealed / source.name, source.read_bytes(), mode=0o600)
    fsync_dir(sealed)
    row = case.row
    record = {
        "case_id": case_id,
        "submission_id": row["submission_id"],
        "vorgangsnummer": case.data.get("vorgangsnummer"),
        "service_id": row["service_id"],
        "destination_id": row["destination_id"],
        "fit_connect_case_id": row["case_ref"],
        "stored_at": now_text(),
        "pdf_sha512": hashlib.sha512(case.pdf).hexdigest(),
        "attachments_sha512": case.digests,
        "submission_metadata": case.metadata,
        "metadata": case.data.get("metadata"),
        "signatures": case.signatures if case.signatures is not None
        else "not checked (protocol test)",
    }
    write_synced(tmp / "metadata.json", json.dumps(record, ensure_ascii=False, indent=2).encode(),
                 mode=0o600)
    write_synced(tmp / "application.pdf", case.pdf, mode=0o600)
    fsync_dir(tmp)
    os.rename(tmp, store.cases_dir / case_id)


# -- the process --------------------------------------------------------------------------

class CaseProcessor:
    """Runs ``python -m sync.reference.processor DATA_DIR`` and wakes it; restarts it if it died.

    ``on_decided()`` is called (on the ``intake-processor-out`` thread, which reads the
    process's stdout) after each batch of verdicts the process committed.
    """

    def __init__(self, data_dir: Path, on_decided: Callable[[], None] | None = None, *,
                 trust_dir: Path | None = None) -> None:
        self._data_dir = data_dir
        self._trust_dir = trust_dir  # None: signatures are not checked (protocol tests)
        self._on_decided = on_decided or (lambda: None)
        self._proc: subprocess.Popen[bytes] | None = None
        self._listeners: list[threading.Thread] = []
        self._lock = threading.Lock()  # HTTP handler threads wake it at the same time

    def start(self) -> None:
        with self._lock:
            self._start()

    def _start(self) -> None:
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])  # the repository
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self._proc = subprocess.Popen(  # noqa: S603 - our own module, fixed arguments
            [sys.executable, "-m", "sync.reference.processor", str(self._data_dir),
             *(["--trust", str(self._trust_dir)] if self._trust_dir is not None
               else ["--no-signature-check"])],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        assert self._proc.stdin is not None
        assert self._proc.stdout is not None
        # A full pipe means a wake-up is already waiting: never block a request on it.
        os.set_blocking(self._proc.stdin.fileno(), False)
        self._listeners = [t for t in self._listeners if t.is_alive()]
        listener = threading.Thread(target=self._listen, args=(self._proc.stdout,),
                                    name="intake-processor-out", daemon=True)
        listener.start()
        self._listeners.append(listener)

    def _listen(self, out: IO[bytes]) -> None:
        """One ``on_decided()`` per line the process writes; ends when the process does."""
        with out:
            for _line in out:
                self._on_decided()

    def wake(self) -> None:
        with self._lock:
            proc = self._proc
            if proc is None:
                return
            if proc.poll() is not None:
                log.error("intake: the case processor ended (exit %s); starting it again",
                          proc.returncode)
                self._start()
                proc = self._proc
            assert proc is not None
            assert proc.stdin is not None
            try:
                os.write(proc.stdin.fileno(), b"\n")
            except BlockingIOError:
                pass  # plenty of wake-ups are pending already
            except OSError:
                log.error("intake: could not wake the case processor")

    def stop(self, timeout_s: float = 30.0) -> None:
        """Close its stdin (it finishes what is pending, then ends); kill it if it hangs."""
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        try:
            proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        for listener in self._listeners:
            listener.join(5)  # its pipe has ended with the process
        self._listeners = []


def run(data_dir: Path, trust_dir: Path | None) -> int:
    key = load_or_create_private_key(data_dir / KEY_FILE)
    store = CaseStore(data_dir)
    stdin = sys.stdin.buffer
    try:
        while True:
            process_pending(store, key, _tell_decided, trust_dir)
            ready, _, _ = select.select([stdin], [], [], POLL_S)
            if ready and not os.read(stdin.fileno(), 4096):
                # The server stops: finish what it accepted.
                process_pending(store, key, _tell_decided, trust_dir)
                return 0
    finally:
        store.close()


def _tell_decided(count: int) -> None:
    """One line on stdout per committed batch: the server's waiters look again."""
    try:
        sys.stdout.buffer.write(f"decided {count}\n".encode())
        sys.stdout.buffer.flush()
    except OSError:  # nobody reads it (the server has gone): the store has the verdicts
        pass


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    usage = ("usage: python -m sync.reference.processor DATA_DIR "
             "(--trust DIR | --no-signature-check)")
    if len(args) == 3 and args[1] == "--trust":
        trust: Path | None = Path(args[2])
    elif len(args) == 2 and args[1] == "--no-signature-check":
        trust = None
    else:
        print(usage, file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, format="intake-processor: %(message)s")
    return run(Path(args[0]), trust)


if __name__ == "__main__":
    raise SystemExit(main())
