"""The doctor's intake TLS and clock checks against real HTTP(S) servers on 127.0.0.1
(certificates made here with the cryptography library, a Date header as a real server
sends it), and its screen, touch and version checks on the kernel's file formats.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import metadata
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kiosk.doctor_host import check_screen, check_touch, check_version
from kiosk.doctor_intake import check_intake_transport
from kiosk.settings import Settings


def make_pki(folder: Path, *, days: float, start_days: float = -1) -> tuple[Path, Path, Path]:
    """A CA and a server certificate for 127.0.0.1 valid from now+start_days for ``days``."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Doctor Test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=30))
          .not_valid_after(now + dt.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    begin = now + dt.timedelta(days=start_days)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "intake.test")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(begin).not_valid_after(begin + dt.timedelta(days=days))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


@contextmanager
def server(*, skew_s: float = 0.0, date: bool = True,
           tls: tuple[Path, Path] | None = None) -> Iterator[str]:
    """A real HTTP(S) server whose clock is ``skew_s`` off (in its Date header)."""

    class Handler(BaseHTTPRequestHandler):
        def date_time_string(self, timestamp: float | None = None) -> str:
            return formatdate(time.time() + skew_s, usegmt=True)

        def send_header(self, keyword: str, value: str) -> None:
            if date or keyword != "Date":
                super().send_header(keyword, value)

        def do_HEAD(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    scheme = "http"
    if tls is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*tls)
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        scheme = "https"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{scheme}://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def transport(url: str, days: int = 30, ca: Path | None = None) -> dict[str, tuple[str, str]]:
    settings = Settings(intake_url=url, intake_ca_file=str(ca) if ca else "")
    return {c.name: (c.status, c.detail) for c in check_intake_transport(settings, days)}


def test_the_intake_certificate_lifetime(tmp_path: Path) -> None:
    ca, cert, key = make_pki(tmp_path, days=90)
    with server(tls=(cert, key)) as url:
        checks = transport(url, ca=ca)
    assert checks["intake TLS"][0] == "ok"
    assert "CN=intake.test valid for 89 more days" in checks["intake TLS"][1]
    assert checks["clock"][0] == "ok"
    ca, cert, key = make_pki(tmp_path, days=6)  # short-lived: renew it
    with server(tls=(cert, key)) as url:
        checks = transport(url, days=30, ca=ca)
    assert checks["intake TLS"] == ("warn", "CN=intake.test valid for 5 more days (TLSv1.3)")


def test_an_expired_or_foreign_intake_certificate_fails(tmp_path: Path) -> None:
    ca, cert, key = make_pki(tmp_path, days=2, start_days=-5)  # ended three days ago
    with server(tls=(cert, key)) as url:
        checks = transport(url, ca=ca)
    assert checks == {"intake TLS": ("fail", checks["intake TLS"][1])}
    assert "certificate has expired" in checks["intake TLS"][1]
    other = tmp_path / "other"
    other.mkdir()
    foreign_ca, _, _ = make_pki(other, days=90)
    ca, cert, key = make_pki(tmp_path, days=90)
    with server(tls=(cert, key)) as url:
        status, detail = transport(url, ca=foreign_ca)["intake TLS"]
    assert status == "fail"
    assert "certificate" in detail  # OpenSSL's verify message
    with server() as url:  # https:// to a plain HTTP server
        status, detail = transport(url.replace("http:", "https:"), ca=ca)["intake TLS"]
    assert status == "fail"
    assert "TLS handshake failed" in detail


def seconds(detail: str, direction: str) -> int:
    match = re.fullmatch(rf"this terminal's clock is (\d+) s {direction} the intake "
                         "server's", detail)
    assert match, detail
    return int(match.group(1))


def test_clock_skew_against_the_intake_servers_date() -> None:
    with server(skew_s=-120) as url:  # the server is 2 min behind: we are ahead
        status, detail = transport(url)["clock"]
    assert status == "warn"
    assert seconds(detail, "ahead of") in (119, 120, 121)  # the header has whole seconds
    with server(skew_s=600) as url:
        status, detail = transport(url)["clock"]
    assert status == "fail"
    assert seconds(detail, "behind") in (599, 600, 601)
    with server(skew_s=10) as url:
        assert transport(url)["clock"][0] == "ok"
    with server(date=False) as url:
        assert transport(url)["clock"][0] == "warn"


# -- screen, touch, version -----------------------------------------------------------

def test_screen_from_drm(tmp_path: Path) -> None:
    assert check_screen(tmp_path / "none").status == "warn"  # cannot tell
    for name, status, modes in (("card0-HDMI-A-1", "connected", "1920x1080\n1280x720\n"),
                                ("card0-DP-1", "disconnected", "")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "status").write_text(status + "\n")
        (tmp_path / name / "modes").write_text(modes)
    check = check_screen(tmp_path)
    assert (check.status, check.detail) == ("ok", "HDMI-A-1: 1920x1080")
    (tmp_path / "card0-HDMI-A-1" / "modes").write_text("800x480\n")
    assert check_screen(tmp_path).status == "warn"


TOUCHPAD = """I: Bus=0018 Vendor=06cb Product=cd8b Version=0100
N: Name="SYNA3602:00 06CB:CD8B Touchpad"
B: PROP=5
B: ABS=2e0800000000003

"""
TOUCHSCREEN = """I: Bus=0003 Vendor=0eef Product=c002 Version=0111
N: Name="eGalax Inc. eGalaxTouch EXC3000-0368-46.00.00"
H: Handlers=mouse0 event5
B: PROP=2
B: EV=1b
B: ABS=260800000000003

"""


def test_touch_screen_from_the_input_devices(tmp_path: Path) -> None:
    devices = tmp_path / "devices"
    assert check_touch(devices).status == "warn"  # cannot tell
    devices.write_text(TOUCHPAD)  # multi-touch, but not on the screen
    assert check_touch(devices).status == "warn"
    devices.write_text(TOUCHPAD + TOUCHSCREEN)
    check = check_touch(devices)
    assert (check.status, check.detail) == (
        "ok", "touch device: eGalax Inc. eGalaxTouch EXC3000-0368-46.00.00")


def test_version_from_the_package_or_the_checkout(tmp_path: Path) -> None:
    check = check_version(tmp_path / "BUILDINFO")
    expected = metadata.version("buergerbuero-kiosk")
    assert (check.status, check.detail) == ("ok", f"{expected} (development checkout)")
    (tmp_path / "BUILDINFO").write_text("Version: 0.2.0\nSource-Commit: 0123456789abcdef0123\n"
                                        "Source-Date-Epoch: 1\n")
    check = check_version(tmp_path / "BUILDINFO")
    assert (check.status, check.detail) == ("ok", "0.2.0 (package, commit 0123456789ab)")
    (tmp_path / "BUILDINFO").write_bytes(b"\xff\xfe")
    assert check_version(tmp_path / "BUILDINFO").status == "warn"
