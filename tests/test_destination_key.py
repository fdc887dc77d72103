"""The destination's encryption key: FIT-Connect's form is accepted, a weak or untrusted
one is refused with a reason, and nothing a server publishes stops the sync worker.

Every key here comes from the real stand-in (sync/reference/) on 127.0.0.1, whose data
directory holds the key material under test; the session's 4096-bit key and test PKI
(conftest ``stand_in_trust``) are reused wherever the test is not about the key itself.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from helpers_faults import FaultProxy
from helpers_sync import FIT_CONNECT, RecordingListener, client_of, make_app, tokens_for
from joserfc import jwe
from joserfc.jwk import RSAKey

from kiosk.base.errors import ServerRefused
from sync import e2e
from sync.keycheck import KeyRefused, KeyTrust, check_destination_key
from sync.outbox import Outbox
from sync.protocol import IntakeClient
from sync.reference import pki
from sync.reference.server import IntakeServer, stored_cases
from sync.reference.store import KEY_FILE
from sync.worker import SyncWorker

DEST = "8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63"


def _seed() -> Path:
    assert pki.SEED_DIR is not None
    return pki.SEED_DIR


def _stand_in_dir(tmp_path: Path, key: RSAKey, chain: list[x509.Certificate],
                  crl: bytes | None = None) -> Path:
    """A stand-in data directory publishing ``key`` with ``chain`` as its x5c."""
    data = tmp_path / "intake"
    shutil.copytree(_seed() / pki.PKI_DIR, data / pki.PKI_DIR)
    jwk = key.as_dict(private=True)
    jwk["kid"] = key.thumbprint()
    (data / KEY_FILE).write_text(json.dumps(jwk), encoding="utf-8")
    (data / pki.PKI_DIR / pki.CHAIN_FILE).write_bytes(
        b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain))
    if crl is not None:
        (data / pki.PKI_DIR / pki.CRL_FILE).write_bytes(crl)
    return data


def _seed_key() -> RSAKey:
    return RSAKey.import_key(json.loads((_seed() / KEY_FILE).read_text(encoding="utf-8")))


def _auth(server: IntakeServer) -> dict[str, str]:
    tokens = server.sender_tokens()
    token = requests.post(server.token_url, timeout=10, data={
        "grant_type": "client_credentials", "client_id": tokens.client_id,
        "client_secret": tokens.client_secret}).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def _jwk(server: IntakeServer) -> dict[str, Any]:
    """The destination key as the stand-in publishes it (GET …/keys/{encryptionKid})."""
    auth = _auth(server)
    destination = requests.get(f"{server.url}/v2/destinations/{DEST}", headers=auth,
                               timeout=10).json()
    body = requests.get(f"{server.url}/v2/destinations/{DEST}/keys/"
                        f"{destination['encryptionKid']}", headers=auth, timeout=10).json()
    assert isinstance(body, dict)
    return body


def _published(data: Path) -> dict[str, Any]:
    with IntakeServer("127.0.0.1", 0, data, run_processor=False) as server:
        server.start()
        return _jwk(server)


def _issued_chain(public: rsa.RSAPublicKey) -> tuple[list[x509.Certificate], int]:
    intermediate = pki.load_ca(_seed(), pki.INTERMEDIATE_KEY)
    root = pki.load_ca(_seed(), pki.ROOT_KEY)
    leaf = pki.issue_encryption_cert(intermediate, public)
    return [leaf, intermediate.cert, root.cert], leaf.serial_number


def _refusal(jwk: Any, trust: KeyTrust) -> str:
    with pytest.raises(KeyRefused) as info:
        check_destination_key(jwk, trust)
    return info.value.reason


# -- what the stand-in publishes, and that it works --------------------------------------

def test_the_stand_in_publishes_a_fitconnect_key_and_it_is_accepted(
        intake: IntakeServer, stand_in_trust: KeyTrust) -> None:
    jwk = _jwk(intake)
    assert jwk["key_ops"] == ["wrapKey"]
    assert jwk["alg"] == "RSA-OAEP-256"
    assert jwk["kid"]
    assert "use" not in jwk
    assert "d" not in jwk
    chain = [x509.load_der_x509_certificate(base64.b64decode(c))
             for c in jwk["x5c"]]
    assert len(chain) == 3  # encryption certificate, intermediate, root
    assert chain[2].subject == chain[2].issuer == chain[1].issuer
    assert chain[0].public_key().key_size == 4096  # type: ignore[union-attr]
    root = x509.load_pem_x509_certificate(intake.key_trust.root.read_bytes())  # type: ignore[union-attr]
    assert root == chain[2]
    # The official form: FIT-Connect's Routing API 2.0.0 schema of a published key.
    schema = json.loads((Path(__file__).parent / "data" / "fitconnect"
                         / "routing-api-2.0.0-jwk.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(jwk, schema)
    key = check_destination_key(jwk, intake.key_trust)
    # joserfc alone refuses such a key for RSA-OAEP (it calls the operation "encrypt"):
    # the import must not hand it the key_ops, or encrypt() raises as before.
    token = e2e.encrypt(key, b"%PDF-1.7", "application/pdf")
    private = RSAKey.import_key(json.loads((intake.data_dir / KEY_FILE).read_text()))
    assert e2e.decrypt(private, token) == b"%PDF-1.7"


def test_a_wrapkey_key_delivers_end_to_end(tmp_path: Path, intake: IntakeServer) -> None:
    db, key = tmp_path / "kiosk" / "outbox.sqlite3", tmp_path / "kiosk" / "terminal.key"
    with Outbox(db, key) as box:
        box.enqueue(make_app(vorgangsnummer="2026-T01-000100"))
    counts = SyncWorker(db, key, lambda: client_of(intake),
                        RecordingListener()).run_once(settle_s=20)
    assert counts["sent"] == 1, counts
    assert len(stored_cases(intake.data_dir)) == 1


# -- refused keys, each with its reason -----------------------------------------------------

def test_a_2048_bit_key_with_a_valid_chain_is_refused(tmp_path: Path) -> None:
    small = RSAKey.generate_key(2048, private=True)
    chain, _serial = _issued_chain(small.public_key)  # type: ignore[arg-type]
    jwk = _published(_stand_in_dir(tmp_path, small, chain))
    assert "2048 bits" in _refusal(jwk, pki.trust(_seed()))


def test_a_chain_to_another_root_is_refused(tmp_path: Path) -> None:
    # Same names as the trusted CAs (the stand-in's), other keys: only signatures differ.
    other_root = pki.make_ca("Stand-in Root CA", path_length=1)
    other_intermediate = pki.make_ca("Stand-in Intermediate CA", other_root, path_length=0)
    key = _seed_key()
    leaf = pki.issue_encryption_cert(other_intermediate, key.public_key)  # type: ignore[arg-type]
    jwk = _published(_stand_in_dir(tmp_path, key, [leaf, other_intermediate.cert,
                                                   other_root.cert]))
    reason = _refusal(jwk, pki.trust(_seed()))
    assert "chain" in reason, reason
    assert "not valid" in reason or "does not lead" in reason, reason
    # Renamed as well: no path to the trusted root at all.
    stranger = pki.make_ca("Somebody's Root", path_length=1)
    stranger_leaf = pki.issue_encryption_cert(stranger, key.public_key)  # type: ignore[arg-type]
    jwk["x5c"] = pki.x5c([stranger_leaf, stranger.cert])
    assert "does not lead to the trusted root" in _refusal(jwk, pki.trust(_seed()))


def test_a_revoked_certificate_is_refused_when_a_crl_is_configured(tmp_path: Path) -> None:
    key = _seed_key()
    chain, serial = _issued_chain(key.public_key)  # type: ignore[arg-type]
    crls = b"".join(pki.make_crl(pki.load_ca(_seed(), which), revoked).public_bytes(
        serialization.Encoding.PEM) for which, revoked in
        ((pki.ROOT_KEY, ()), (pki.INTERMEDIATE_KEY, (serial,))))
    data = _stand_in_dir(tmp_path, key, chain, crl=crls)
    jwk = _published(data)
    assert "revoked" in _refusal(jwk, pki.trust(data))
    # The same key without a CRL configured: revocation is not checked, it is accepted.
    assert check_destination_key(jwk, KeyTrust(root=pki.trust(data).root)).kid == jwk["kid"]
    # A CRL file that covers the leaf but not the intermediate: refused, not half-checked.
    only_leaf = tmp_path / "leaf-only.crl"
    only_leaf.write_bytes(pki.make_crl(pki.load_ca(_seed(), pki.INTERMEDIATE_KEY))
                          .public_bytes(serialization.Encoding.DER))
    reason = _refusal(jwk, KeyTrust(root=pki.trust(data).root, crl=only_leaf))
    assert "no current CRL" in reason, reason


@pytest.mark.parametrize(("x5c", "reason"), [
    (None, "no certificate chain"),
    ([], "no certificate chain"),
    (["!!! not base64 !!!"], "x5c[0] is not a base64 DER certificate"),
    (["aGVsbG8gd29ybGQ="], "x5c[0] is not a base64 DER certificate"),
    ([5], "x5c[0] is not a base64 DER certificate"),
    ("MIIB", "no certificate chain"),
])
def test_garbage_x5c_is_refused(intake: IntakeServer, x5c: Any, reason: str) -> None:
    jwk = _jwk(intake)
    jwk["x5c"] = x5c
    assert reason in _refusal(jwk, intake.key_trust)


def test_other_policy_violations_are_refused_with_their_reason(intake: IntakeServer) -> None:
    good = _jwk(intake)
    x5c = good["x5c"]
    cases: list[tuple[Any, str]] = [
        ("a string", "not a JSON object"),
        ({**good, "kty": "EC"}, "key type 'EC'"),
        ({**good, "alg": "RSA1_5"}, "algorithm 'RSA1_5'"),
        ({k: v for k, v in good.items() if k != "alg"}, "algorithm None"),
        ({**good, "key_ops": ["encrypt"]}, "do not contain 'wrapKey'"),
        ({**good, "key_ops": "wrapKey"}, "do not contain 'wrapKey'"),
        ({**good, "use": "sig"}, "use 'sig'"),
        ({k: v for k, v in good.items() if k != "kid"}, "no key id"),
        ({**good, "e": "Aw"}, "public exponent is 3"),
        ({**good, "e": "AQAD"}, "public exponent is 65539"),  # odd, large, but not AQAB
        ({**good, "kid": "short"}, "5 characters"),
        ({**good, "kid": "k" * 65}, "65 characters"),
        ({**good, "n": 12345}, "member 'n'"),
        ({**good, "d": "AQAB"}, "private key material"),
        ({**good, "x5c": [x5c[1], x5c[2]]}, "not the certificate of this key"),
    ]
    for jwk, reason in cases:
        assert reason in _refusal(jwk, intake.key_trust), reason
    assert "no trusted root" in _refusal(good, KeyTrust())
    assert "cannot be read" in _refusal(good, KeyTrust(root=Path("/nonexistent/root.pem")))


# -- the worker survives whatever the server sends ------------------------------------------

class TamperingProxy(FaultProxy):
    """Between client and stand-in: rewrites answers with ``tamper(method, path, body)``."""

    tamper: Any = None

    def forward(self, method: str, path: str, body: bytes, content_type: str | None,
                authorization: str | None = None) -> tuple[int, dict[str, str], bytes]:
        status, headers, payload = super().forward(method, path, body, content_type,
                                                   authorization)
        if self.tamper is not None:
            payload = self.tamper(method, path, payload)
        return status, headers, payload


def _key_answer(route: str, answer: Any) -> Any:
    """Replace the answer of the destination (``route`` "destination") or of its key."""
    def tamper(method: str, path: str, payload: bytes) -> bytes:
        if "/destinations/" not in path or ("/keys/" in path) != (route == "key"):
            return payload
        return json.dumps(answer).encode()
    return tamper


def test_the_worker_survives_anything_a_server_sends(tmp_path: Path,
                                                     intake: IntakeServer) -> None:
    port = int(intake.url.rsplit(":", 1)[1])
    proxy = TamperingProxy(port)
    db, key = tmp_path / "kiosk" / "outbox.sqlite3", tmp_path / "kiosk" / "terminal.key"
    trust = intake.key_trust
    good = _jwk(intake)
    weak = {**good, "n": "AQAB" * 100}  # about 2400 bits
    tokens = tokens_for(proxy.url, intake.data_dir)
    answers: list[tuple[str, str, Any, str]] = [
        ("broken key", "key", "garbage", "failed"),
        ("weak key", "key", weak, "failed"),
        ("garbage x5c", "key", {**good, "x5c": ["%%%"]}, "failed"),
        ("wrong-type JSON", "destination", [1, 2, 3], "queued"),
        ("no key id", "destination", {"destinationId": DEST, "status": "active"}, "queued"),
        ("inactive", "destination", {"destinationId": DEST, "status": "archived"}, "failed"),
    ]
    try:
        for index, (name, route, answer, state) in enumerate(answers):
            number = f"2026-T01-{index + 200:06d}"
            with Outbox(db, key) as box:
                box.enqueue(make_app(vorgangsnummer=number))
            proxy.tamper = _key_answer(route, answer)
            worker = SyncWorker(db, key, lambda: IntakeClient(proxy.url, key_trust=trust,
                                                              tokens=tokens),
                                RecordingListener(), backoff_base_s=30, backoff_cap_s=30)
            counts = worker.run_once(settle_s=0)  # must not raise
            assert counts[state] >= 1, (name, counts)
            with Outbox(db, key, recover_interrupted=False) as box:
                row = next(i for i in box.list_items() if i["vorgangsnummer"] == number)
            # Nothing is announced while the destination or its key is unusable.
            assert row["state"] == state, name
            assert row["submission_id"] is None, name
            assert row["last_error"], name
            if state == "failed":
                assert row["last_error"].startswith("destination key refused: "), row
        # An answer that breaks the client's parsing in a way no check foresaw: the
        # announce answer is JSON nested deeper than the parser's recursion limit.
        def bad_announce(method: str, path: str, payload: bytes) -> bytes:
            if method == "POST" and path.endswith("/submissions"):
                return b"[" * 100_000 + b"]" * 100_000
            return payload

        proxy.tamper = bad_announce
        with Outbox(db, key) as box:
            box.enqueue(make_app(vorgangsnummer="2026-T01-000300"))
        listener = RecordingListener()
        worker = SyncWorker(db, key, lambda: IntakeClient(proxy.url, key_trust=trust,
                                                          tokens=tokens),
                            listener, backoff_base_s=0.05, backoff_cap_s=0.1)
        worker.start()
        try:
            assert listener.wait_for(lambda rec: any(
                v == "2026-T01-000300" and s == "queued" for v, s, _c in rec.items), 20)
            with Outbox(db, key, recover_interrupted=False) as box:
                row = next(i for i in box.list_items()
                           if i["vorgangsnummer"] == "2026-T01-000300")
            assert row["last_error"] == "unexpected error while sending: RecursionError", row
            assert row["attempts"] >= 1
            assert worker.is_alive
            # The server mends its ways: the waiting items go, the refused ones stay failed.
            proxy.tamper = None
            assert listener.wait_for(lambda rec: any(
                v == "2026-T01-000300" and s == "sent" for v, s, _c in rec.items), 30)
            assert worker.is_alive
        finally:
            worker.stop()
    finally:
        proxy.close()
    with Outbox(db, key, recover_interrupted=False) as box:
        status = box.status()
    assert status.failed == 4


def test_queue_status_and_list_show_a_refused_key_for_technicians(tmp_path: Path,
                                                        intake: IntakeServer) -> None:
    db, key = tmp_path / "kiosk" / "outbox.sqlite3", tmp_path / "kiosk" / "terminal.key"
    with Outbox(db, key) as box:
        box.enqueue(make_app(vorgangsnummer="2026-T01-000400"))
    untrusted = KeyTrust(root=tmp_path / "missing-root.pem")
    counts = SyncWorker(db, key, lambda: IntakeClient(intake.url, key_trust=untrusted,
                                                      tokens=intake.sender_tokens()),
                        RecordingListener()).run_once(settle_s=0)
    assert counts["failed"] == 1
    def cli(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "ui.main", "queue", *args, "--data-dir",
             str(tmp_path / "kiosk")], capture_output=True, text=True, check=False,
            timeout=60, cwd=Path(__file__).resolve().parent.parent)
        assert result.returncode == 0, result.stderr
        return result.stdout

    why = "destination key refused: the trusted root file"
    listed = cli("list")
    assert "failed" in listed
    assert why in listed
    status = cli("status")
    assert f"failed 1×: {why}" in status
    reasons = json.loads(cli("status", "--json"))["failed_reasons"]
    assert reasons[0]["count"] == 1
    assert reasons[0]["reason"].startswith(why)


# -- JWE protected headers ------------------------------------------------------------------

def _header(token: str) -> dict[str, Any]:
    head = token.split(".")[0]
    return json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))  # type: ignore[no-any-return]


def test_jwes_carry_alg_enc_kid_cty_and_no_zip(intake: IntakeServer) -> None:
    key = check_destination_key(_jwk(intake), intake.key_trust)
    for media_type in ("application/pdf", "application/json"):
        header = _header(e2e.encrypt(key, b"x", media_type))
        assert header == {"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": _jwk(intake)["kid"],
                          "cty": media_type}


def _jwe_with(key: RSAKey, header: dict[str, Any]) -> str:
    registry = e2e.registry()
    if "zip" in header:
        registry = jwe.JWERegistry(algorithms=[e2e.ALG, e2e.ENC, "DEF"])
    return jwe.encrypt_compact(header, b"%PDF-1.7 x", key, registry=registry)


@pytest.mark.parametrize(("header", "detail"), [
    ({"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": "k"}, "no 'cty'"),
    ({"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": "k", "cty": "application/pdf",
      "zip": "DEF"}, "'zip'"),
])
def test_the_stand_in_answers_422_problem_json_for_a_jwe_without_cty_or_with_zip(
        intake: IntakeServer, header: dict[str, Any], detail: str) -> None:
    key = check_destination_key(_jwk(intake), intake.key_trust)
    app = make_app()
    aid = str(uuid.uuid4())
    client = client_of(intake)
    view = client.announce(DEST, FIT_CONNECT["leika"], "x", [aid])
    url = f"{intake.url}/v2/submissions/{view.submission_id}"
    auth = _auth(intake)
    answer = requests.put(f"{url}/attachments/{aid}", data=_jwe_with(key, header),
                          headers={**auth, "Content-Type": "application/jose"}, timeout=10)
    assert answer.status_code == 422
    assert answer.headers["Content-Type"] == "application/problem+json"
    problem = answer.json()
    assert problem["status"] == 422
    assert detail in problem["detail"]
    assert problem["title"]
    # The same for the completion's metadata and data.
    good = e2e.encrypt(key, b"{}", "application/json")
    answer = requests.put(url, json={"encryptedMetadata": _jwe_with(key, header),
                                     "encryptedData": good}, headers=auth, timeout=10)
    assert answer.status_code == 422
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert detail in answer.json()["detail"]
    # The client reads the problem's detail into the refusal (for the technician).
    with pytest.raises(ServerRefused) as info:
        client.upload_attachment(view.submission_id, aid, _jwe_with(key, header))
    assert detail in info.value.detail
    # A JWE with cty and without zip is taken.
    client.upload_attachment(view.submission_id, aid, e2e.encrypt(key, app.pdf,
                                                                  "application/pdf"))


def test_the_settings_name_the_trusted_root_and_the_crl(tmp_path: Path) -> None:
    from kiosk.base.errors import ConfigError
    from kiosk.settings import Settings, load_settings

    assert Settings().intake_key_root is None  # fail closed: nothing trusted by default
    config = tmp_path / "kiosk.toml"
    config.write_text('intake_key_root = "/etc/buergerbuero/pki-root.pem"\n'
                      'intake_key_crl = "/etc/buergerbuero/pki.crl"\n', encoding="utf-8")
    settings = load_settings(config)
    assert settings.intake_key_root == Path("/etc/buergerbuero/pki-root.pem")
    assert settings.intake_key_crl == Path("/etc/buergerbuero/pki.crl")
    config.write_text("intake_key_root = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(config)
    assert "intake_key_root" in info.value.message.untranslated()
