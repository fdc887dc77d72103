"""The key on a token (SoftHSM2 as the PKCS#11 token), and timestamps from a TSA on loopback
(built on ``openssl ts``): enrolled with the technician's commands, signed, verified."""

from __future__ import annotations

import datetime as dt
import logging
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from forms.loader import shipped_forms
from forms.samples import sample_record
from forms.signing import pki, verify
from kiosk.settings import Settings
from kiosk.submission import SIGNATURE_FIELD, outbox_metadata, signed_application_pdf

SOFTHSM = Path("/usr/lib/softhsm/libsofthsm2.so")
NOW = dt.datetime(2026, 11, 21, 10, 30, tzinfo=dt.UTC)


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.main", *args], capture_output=True,
                          text=True, timeout=120, check=False, env=env)


@pytest.fixture(scope="module")
def token(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A fresh SoftHSM2 token (its own token directory and configuration)."""
    if not SOFTHSM.is_file():
        pytest.fail(f"SoftHSM2 is missing ({SOFTHSM}): install the Debian package softhsm2")
    base = tmp_path_factory.mktemp("softhsm")
    (base / "tokens").mkdir()
    conf = base / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {base / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n", encoding="utf-8")
    before = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", "buergerbuero",
                    "--pin", "246810", "--so-pin", "13579111"], check=True,
                   capture_output=True, timeout=60)
    pin = base / "token.pin"
    pin.write_text("246810\n", encoding="utf-8")
    pin.chmod(0o600)
    yield {"conf": conf, "pin": pin, "base": base}
    if before is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = before


def test_a_key_on_a_pkcs11_token_is_enrolled_and_signs(token: dict[str, Any], office: Any,
                                                       tmp_path: Path) -> None:
    data = tmp_path / "terminal"
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'data_dir = "{data}"\nterminal_id = "T-HSM"\noffice_name = "Bürgerbüro Musterstadt"\n'
        f'signing_pkcs11_module = "{SOFTHSM}"\nsigning_pkcs11_token = "buergerbuero"\n'
        f'signing_pkcs11_pin_file = "{token["pin"]}"\n', encoding="utf-8")
    env = {**os.environ, "SOFTHSM2_CONF": str(token["conf"])}
    request = cli("signature", "enroll", "request", "--config", str(config), env=env)
    assert request.returncode == 0, request.stderr
    csr = Path(request.stdout.strip())
    assert not (data / "signing" / "device.key").exists()  # the key stays on the token
    issued = tmp_path / "device.crt"
    made = cli("signature", "ca", "issue", str(office.ca), str(csr), "--out", str(issued))
    assert made.returncode == 0, made.stderr
    again = cli("signature", "ca", "issue", str(office.ca), str(csr), "--out",
                str(tmp_path / "twice.crt"))
    assert again.returncode == 2  # one certificate per key: no second device with it
    assert "already has a certificate" in again.stderr
    installed = cli("signature", "enroll", "install", str(issued), "--chain",
                    str(office.ca / "ca.crt"), "--config", str(config), env=env)
    assert installed.returncode == 0, installed.stderr

    from kiosk.settings import load_settings

    settings = load_settings(config)
    record = sample_record(shipped_forms()["meldebescheinigung-einfach"], signed_at=NOW)
    pdf = signed_application_pdf(settings, record)
    report = verify.verify_pdf(pdf, office.trust)
    assert report.ok, report.as_json()
    assert report.signatures[0].signer_certificate.endswith("Terminal T-HSM")

    # Revoked at the CA, published: the same document is no longer trusted.
    serial = int(pki.load_certificate(issued).serial_number)
    revoked = cli("signature", "ca", "revoke", str(office.ca), str(serial))
    assert revoked.returncode == 0, revoked.stderr
    office.publish()
    try:
        found = verify.verify_pdf(pdf, office.trust)
        assert not found.ok
        assert any("certificate the office revoked" in p.untranslated()
                   for p in found.reasons())
    finally:
        pass  # the revoked serial is this test's own; the office's others stay valid


# -- a timestamp authority on loopback ----------------------------------------------------

TSA_CONFIG = """
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {dir}
serial = {dir}/serial
crypto_device = builtin
signer_cert = {dir}/tsa.crt
certs = {dir}/chain.pem
signer_key = {dir}/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


@pytest.fixture(scope="module")
def tsa(office: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An RFC 3161 TSA: ``openssl ts -reply`` behind HTTP on 127.0.0.1, certified by the
    office CA (extended key usage timeStamping, critical)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )
    from cryptography.x509.oid import NameOID

    base = tmp_path_factory.mktemp("tsa")
    key = ec.generate_private_key(ec.SECP256R1())
    (base / "tsa.key").write_bytes(key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8,
                                                     NoEncryption()))
    csr = x509.CertificateSigningRequestBuilder().subject_name(x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, "Bürgerbüro Musterstadt – Zeitstempel"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Stadt Musterstadt")])).sign(
        key, hashes.SHA256())
    (base / "tsa.csr").write_bytes(csr.public_bytes(Encoding.PEM))
    (base / "tsa.crt").write_bytes(pki.issue(office.ca, base / "tsa.csr", role="tsa"))
    (base / "chain.pem").write_bytes((office.ca / "ca.crt").read_bytes())
    (base / "serial").write_text("01\n", encoding="ascii")
    config = base / "tsa.cnf"
    config.write_text(TSA_CONFIG.format(dir=base), encoding="utf-8")
    office.publish()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            logging.getLogger("test-tsa").debug(format, *args)

        def do_POST(self) -> None:
            query = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with tempfile.TemporaryDirectory(dir=base) as tmp:
                (Path(tmp) / "q.tsq").write_bytes(query)
                result = subprocess.run(
                    ["openssl", "ts", "-reply", "-config", str(config), "-queryfile",
                     str(Path(tmp) / "q.tsq"), "-out", str(Path(tmp) / "r.tsr")],
                    capture_output=True, timeout=30, check=False)
                body = (Path(tmp) / "r.tsr").read_bytes() if result.returncode == 0 else b""
            self.send_response(200 if body else 500)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, name="test-tsa", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsr"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_with_a_timestamp_authority_the_seal_is_b_t(tsa: str, office: Any,
                                                    tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "terminal", tsa_url=tsa)
    office.enroll(settings.data_dir, "T-TSA")
    record = sample_record(shipped_forms()["meldebescheinigung-einfach"], signed_at=NOW)
    pdf = signed_application_pdf(settings, record)
    report = verify.verify_pdf(pdf, office.trust)
    assert report.ok, report.as_json()
    (seal,) = report.signatures
    assert seal.level == "PAdES-B-T"
    assert seal.timestamp is not None
    assert outbox_metadata(record, pdf)["seal"] == {"level": "PAdES-B-T"}


def test_offline_the_seal_is_b_b_and_the_metadata_says_so(office: Any, tmp_path: Path,
                                                          caplog: pytest.LogCaptureFixture
                                                          ) -> None:
    from helpers_sync import free_port

    settings = Settings(data_dir=tmp_path / "terminal",
                        tsa_url=f"http://127.0.0.1:{free_port()}/tsr")  # nothing listens
    office.enroll(settings.data_dir, "T-OFFLINE")
    record = sample_record(shipped_forms()["meldebescheinigung-einfach"], signed_at=NOW)
    with caplog.at_level(logging.WARNING, logger="forms.signing.pades"):
        pdf = signed_application_pdf(settings, record)
    assert "PAdES B-B" in caplog.text
    report = verify.verify_pdf(pdf, office.trust)
    assert report.ok, report.as_json()
    assert report.signatures[0].level == "PAdES-B-B"
    assert outbox_metadata(record, pdf)["seal"] == {"level": "PAdES-B-B"}
    assert report.signatures[0].field == SIGNATURE_FIELD
