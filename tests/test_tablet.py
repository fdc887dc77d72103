"""Counter mode end to end: real HTTP on loopback, the real tablet window, a synthetic pen."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers_signing import pdf_with_fields, plain_pdf
from PySide6.QtTest import QTest

from forms.signing import escrow, verify
from kiosk.settings import Settings
from kiosk.tablet.client import TabletClient, TabletError
from kiosk.tablet.hotfolder import HotFolder
from kiosk.tablet.jobs import JobQueue
from kiosk.tablet.pairing import Pairing, Refused
from kiosk.tablet.server import TabletServer
from ui.qt import Qt
from ui.tablet import TabletWindow
from ui.tools import pen


@pytest.fixture
def tablet(qtbot, tmp_path: Path, office):  # type: ignore[no-untyped-def]
    _key, pub = escrow.make_escrow_keys(tmp_path / "escrow", curve=True)
    settings = Settings(data_dir=tmp_path / "tablet", place="Musterstadt",
                        office_name="Bürgerbüro Mitte", escrow_cert=pub, trust_dir=office.trust)
    office.enroll(settings.data_dir, "TAB-TEST", "tablet")
    queue, pairing = JobQueue(), Pairing()
    window = TabletWindow(settings, queue, pairing)
    qtbot.addWidget(window)
    window.resize(1100, 900)
    window.show()
    server = TabletServer("127.0.0.1", 0, queue, pairing)
    server.start()
    yield window, server
    server.stop()
    window.shutdown()


def sign_current_field(qtbot, window: TabletWindow) -> None:  # type: ignore[no-untyped-def]
    pen.write(window.pad, pen.handwriting(window.pad.width(), window.pad.height(), seconds=1.5))
    QTest.mouseClick(window.confirm_button, Qt.MouseButton.LeftButton)


def test_pair_send_sign_two_fields_receive_verify(qtbot, tablet, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, server = tablet
    assert window.stack.currentWidget() is window.neutral
    with pytest.raises(TabletError, match="401"):
        TabletClient(server.url, token="guess").submit(plain_pdf())
    with pytest.raises(TabletError, match="403"):
        TabletClient(server.url).pair("000000" if window.pairing.code != "000000" else "1")
    code = window.pairing.code
    assert code not in window.code.text()  # not for the citizen's eyes …
    window.code_panel.show_code()  # … until the clerk holds "For staff"
    assert code in window.code.text()
    source, out = tmp_path / "antrag.pdf", tmp_path / "antrag-signed.pdf"
    source.write_bytes(pdf_with_fields())
    clerk = subprocess.Popen(  # the clerk's command, waiting for the result
        [sys.executable, "-m", "ui.main", "sign-request", "--tablet", server.url, "--code", code,
         "--pdf", str(source), "--out", str(out), "--signer", "Erika Mustermann",
         "--timeout", "120"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: window.job is not None, timeout=30_000)
        assert window.pairing.code != code  # the code was used up
        assert window.pdf.pageCount() == 3
        assert window.page() == 2  # the first field's page
        window.go_to_page(0)
        window.zoom(1.25)
        assert window.page() == 0
        QTest.mouseClick(window.confirm_button, Qt.MouseButton.LeftButton)  # nothing signed yet
        assert window.error.isVisible()
        sign_current_field(qtbot, window)
        assert "2" in window.instruction.text()
        sign_current_field(qtbot, window)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.neutral, timeout=30_000)
        assert window.pad.capture.sample_count == 0
        assert window.pdf.pageCount() == 0  # nothing of the citizen stays
        _stdout, stderr = clerk.communicate(timeout=60)
    finally:
        if clerk.poll() is None:
            clerk.kill()
    assert clerk.returncode == 0, stderr
    report = verify.verify_pdf(out.read_bytes(), window.settings.trust_dir)
    assert report.ok, report.as_json()
    assert [s.lock for s in report.signatures] == ["DocMDP P=2 + FieldMDP", "FieldMDP"]
    assert [s.field for s in report.signatures] == ["Unterschrift_Antragsteller",
                                                    "Unterschrift_Ehegatte"]
    assert {s.signer_name for s in report.signatures} == {"Erika Mustermann"}
    assert all(s.has_biometrics for s in report.signatures)
    assert server.queue.current() is None


def test_position_given_cancel_and_refusal(qtbot, tablet) -> None:  # type: ignore[no-untyped-def]
    window, server = tablet
    client = TabletClient(server.url)
    client.pair(window.pairing.code)
    with pytest.raises(TabletError, match="no empty signature field"):
        client.submit(plain_pdf())
    job = client.submit(plain_pdf(2), [{"name": "Quittung", "page": 2,
                                        "rect": [72, 100, 300, 180]}])
    qtbot.waitUntil(lambda: window.job is not None, timeout=10_000)
    assert window.page() == 1
    assert client.cancel(job)["state"] == "cancelled"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.neutral, timeout=10_000)
    second = client.submit(plain_pdf(1), [{"name": "Quittung", "page": 1,
                                           "rect": [72, 100, 300, 180]}])
    qtbot.waitUntil(lambda: window.job is not None, timeout=10_000)
    QTest.mouseClick(window.refuse_button, Qt.MouseButton.LeftButton)
    status = client.status(second)
    assert status["state"] == "refused"
    assert window.stack.currentWidget() is window.neutral
    third = client.submit(plain_pdf(1), [{"name": "Quittung", "page": 1,
                                          "rect": [72, 100, 300, 180]}])
    qtbot.waitUntil(lambda: window.job is not None, timeout=10_000)
    sign_current_field(qtbot, window)
    qtbot.waitUntil(lambda: client.status(third)["state"] == "signed", timeout=30_000)
    signed = client.fetch(third)
    assert verify.verify_pdf(signed, window.settings.trust_dir).ok
    with pytest.raises(TabletError, match="404"):  # handed over once, then gone
        client.fetch(third)


def test_hot_folder_in_out_and_error(qtbot, tablet, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, server = tablet
    folder = HotFolder(tmp_path / "hot", server.queue, interval_s=0.05)
    folder.start()
    try:
        (folder.inbox / "not-a-pdf.pdf").write_text("hello", encoding="utf-8")
        (folder.inbox / "vertrag.pdf").write_bytes(pdf_with_fields(fields=(
            ("Unterschrift", 0, (72, 90, 272, 170)),)))
        qtbot.waitUntil(lambda: (folder.errors / "not-a-pdf.pdf.reason.txt").exists(),
                        timeout=10_000)
        assert "not a PDF" in (folder.errors / "not-a-pdf.pdf.reason.txt").read_text()
        qtbot.waitUntil(lambda: window.job is not None, timeout=10_000)
        sign_current_field(qtbot, window)
        qtbot.waitUntil(lambda: (folder.outbox / "vertrag.pdf").exists()
                        and not (folder.inbox / "vertrag.pdf").exists(), timeout=30_000)
        report = verify.verify_pdf((folder.outbox / "vertrag.pdf").read_bytes(),
                                   window.settings.trust_dir)
        assert report.ok, json.dumps(report.as_json())
        (folder.inbox / "abgelehnt.pdf").write_bytes(pdf_with_fields(fields=(
            ("Unterschrift", 0, (72, 90, 272, 170)),)))
        qtbot.waitUntil(lambda: window.job is not None, timeout=10_000)
        QTest.mouseClick(window.refuse_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: (folder.errors / "abgelehnt.pdf.reason.txt").exists(),
                        timeout=10_000)
        assert "declined" in (folder.errors / "abgelehnt.pdf.reason.txt").read_text()
    finally:
        folder.stop()


def test_wrong_codes_do_not_change_the_code_and_tls_works(tmp_path: Path) -> None:
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    pairing = Pairing()
    code = pairing.code
    wrong = [c for c in ("000000", "111111", "222222", "333333", "444444", "555555")
             if c != code][:5]
    assert all(isinstance(pairing.pair(c, "10.0.0.9", "x"), Refused) for c in wrong)
    assert pairing.code == code  # a stranger's guesses change nothing on the screen

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "tablet")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now - dt.timedelta(minutes=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    (tmp_path / "tls.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "tls.key").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    server = TabletServer("127.0.0.1", 0, JobQueue(), pairing, tmp_path / "tls.crt",
                          tmp_path / "tls.key")
    server.start()
    try:
        assert server.url.startswith("https://")
        with pytest.raises(TabletError, match="cannot be reached"):  # untrusted certificate
            TabletClient(server.url).pair(pairing.code)
        client = TabletClient(server.url, cafile=str(tmp_path / "tls.crt"))
        assert client.pair(pairing.code)
        with pytest.raises(TabletError, match="no empty signature field"):
            client.submit(plain_pdf(1))
    finally:
        server.stop()


def test_bench_signature_reports_the_figures() -> None:
    result = subprocess.run([sys.executable, "-m", "ui.main", "bench", "signature", "--json",
                             "--seconds", "2"], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout)
    assert figures["samples_lost"] == 0
    assert figures["samples"] == 1000
    assert 0 < figures["sample_p50_fraction"] <= figures["sample_p99_fraction"]
    assert figures["signed_pdf_ms"] > 0
