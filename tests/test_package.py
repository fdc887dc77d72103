"""The Debian package (``./dev.sh package``): built, inspected, built again, installed.

The package is installed on this machine itself, not in a debootstrap chroot: CI
runs on a fresh Debian 12 root that already has every dependency (dev.sh's DEBS),
so ``dpkg -i`` takes seconds where a chroot would first download and unpack a
Debian (minutes, and the network). The tests purge the package at the end; a
leftover of an earlier run is purged first. They need root (CI is root) and fail,
not skip, without it.

Budget (two cores): two builds (zstd; the release's xz only changes the compression
and takes ~90 s more each) ~15 s each, the upgrade's build ~15 s, install, commands,
cage, upgrade and purge ~60 s.
"""

from __future__ import annotations

import grp
import hashlib
import json
import os
import pwd
import shutil
import stat
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers_sync import FIT_CONNECT

ROOT = Path(__file__).resolve().parent.parent
USER = "buergerbuero"
MAX_INSTALLED_KIB = 250 * 1024
pytestmark = pytest.mark.slow


def _uv() -> str:
    for candidate in (os.environ.get("UV"), shutil.which("uv"), str(ROOT / ".tools/bin/uv")):
        if candidate and Path(candidate).is_file():
            return candidate
    pytest.fail("uv is needed to build the package: put it on PATH or name it in $UV "
                "(./dev.sh test does)")


def _build(out: Path, work: Path, *args: str) -> Path:
    done = subprocess.run([sys.executable, str(ROOT / "packaging/build_deb.py"), "--out",
                           str(out), "--work", str(work), *args],
                          env=dict(os.environ, UV=_uv()), capture_output=True, text=True,
                          timeout=280, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert not work.exists()  # 250 MB of staging per build: the build removes it
    return Path(done.stdout.strip().splitlines()[-1])


def _sh(*command: str, timeout: float = 120, env: dict[str, str] | None = None,
        ok: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                          env=env, check=False)
    if ok:
        assert done.returncode == 0, (command, done.stdout[-2000:], done.stderr[-2000:])
    return done


def _as_user(*command: str, timeout: float = 120, **env: str
             ) -> subprocess.CompletedProcess[str]:
    """Run as the package's user with a login's clean environment (runuser)."""
    assignments = [f"{key}={value}" for key, value in env.items()]
    return _sh("runuser", "-u", USER, "--", "env", "-i", "PATH=/usr/bin:/bin",
               "LANG=C.UTF-8", *assignments, *command, timeout=timeout, ok=False)


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The build as ``./dev.sh package`` makes it, compressed with zstd instead of xz:
    the same files, 10 s instead of 90 s of the suite's time (dpkg-deb does either)."""
    base = tmp_path_factory.mktemp("deb")
    return _build(base / "dist", base / "work", "--compress", "zstd")


def _field(deb: Path, name: str) -> str:
    return _sh("dpkg-deb", "--field", str(deb), name).stdout.strip()


def _listing(deb: Path) -> dict[str, list[str]]:
    """``dpkg-deb -c``: path -> [mode, owner, size, date, time]."""
    entries = {}
    for line in _sh("dpkg-deb", "--contents", str(deb)).stdout.splitlines():
        mode, owner, size, day, time, name, *_ = line.split()
        entries[name.removeprefix(".").rstrip("/") or "/"] = [mode, owner, size, day, time]
    return entries


def test_the_package_declares_what_it_needs_and_stays_small(deb: Path) -> None:
    assert deb.name == "buergerbuero_0.1.0_amd64.deb"
    assert _field(deb, "Package") == "buergerbuero"
    assert _field(deb, "Architecture") == "amd64"
    depends = {d.split()[0] for d in _field(deb, "Depends").split(", ")}
    assert {"python3.11", "pcscd", "cage", "ausweisapp2", "espeak-ng",
            "fonts-dejavu-core"} <= depends
    installed = int(_field(deb, "Installed-Size"))
    assert installed <= MAX_INSTALLED_KIB, f"{installed} KiB installed"
    print(f"Installed-Size {installed} KiB, .deb {deb.stat().st_size} bytes")

    files = _listing(deb)
    assert files["/usr/bin/buergerbuero"][0] == "-rwxr-xr-x"
    for name in ("/lib/systemd/system/buergerbuero.service",
                 "/lib/systemd/system/buergerbuero-tablet.service",
                 "/lib/udev/rules.d/60-buergerbuero.rules",
                 "/usr/share/buergerbuero/kiosk.toml",
                 "/usr/lib/buergerbuero/session",
                 "/usr/share/doc/buergerbuero/requirements.txt",
                 "/usr/share/doc/buergerbuero/uv.lock",
                 "/usr/share/doc/buergerbuero/BUILDINFO",
                 "/opt/buergerbuero/bin/python",
                 "/opt/buergerbuero/bin/buergerbuero"):
        assert name in files, name
    # everything root's, nothing writable by others, one time stamp (SOURCE_DATE_EPOCH)
    assert {entry[1] for entry in files.values()} == {"root/root"}
    assert not [n for n, e in files.items() if e[0][8] == "w" and not e[0].startswith("l")]
    assert len({(entry[3], entry[4]) for entry in files.values()}) == 1
    # what the product never loads stays out; what it loads is there, byte-compiled
    site = "/opt/buergerbuero/lib/python3.11/site-packages"
    assert not [n for n in files if n.endswith(".pyi") or "/tests/" in n + "/"
                or "/Qt/qml" in n or "QtWebEngine" in n or "/Qt/translations" in n]
    for module in ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPdf", "QtPdfWidgets"):
        assert f"{site}/PySide6/{module}.abi3.so" in files
    assert f"{site}/PySide6/Qt/plugins/platforms/libqwayland.so" in files
    assert f"{site}/ui/__pycache__/main.cpython-311.pyc" in files
    assert not [n for n in files if n.endswith("direct_url.json")]  # the build machine's path
    scripts = _sh("dpkg-deb", "--info", str(deb)).stdout
    for script in ("postinst", "prerm", "postrm"):
        assert script in scripts


def test_every_library_the_package_keeps_finds_what_it_links(deb: Path, tmp_path: Path
                                                               ) -> None:
    """Trimming Qt must not cut a library a kept module or plugin needs (ldd)."""
    _sh("dpkg-deb", "-x", str(deb), str(tmp_path))
    site = tmp_path / "opt/buergerbuero/lib/python3.11/site-packages"
    missing = []
    for elf in sorted(site.rglob("*.so*")):
        out = _sh("ldd", str(elf), ok=False).stdout
        missing += [f"{elf.relative_to(site)}: {line.strip()}" for line in out.splitlines()
                    if "not found" in line]
    assert missing == []
    requirements = (tmp_path / "usr/share/doc/buergerbuero/requirements.txt").read_text()
    exported = _sh(_uv(), "export", "--locked", "--no-dev", "--no-emit-project", "--format",
                   "requirements.txt", "--quiet", "--directory", str(ROOT)).stdout
    # the hashes the venv was installed with (--require-hashes) are the lock's
    body = [line for line in requirements.splitlines() if not line.startswith("#")]
    assert body == [line for line in exported.splitlines() if not line.startswith("#")]
    assert "--hash=sha256:" in requirements


def test_two_builds_of_one_commit_are_byte_identical(deb: Path, tmp_path: Path) -> None:
    again = _build(tmp_path / "dist", tmp_path / "work-elsewhere", "--compress", "zstd")
    if again.read_bytes() != deb.read_bytes():
        first, second = tmp_path / "a", tmp_path / "b"
        _sh("dpkg-deb", "-R", str(deb), str(first))
        _sh("dpkg-deb", "-R", str(again), str(second))
        differ = _sh("diff", "-rq", str(first), str(second), ok=False).stdout
        pytest.fail(f"the two builds differ:\n{differ[:3000] or '(only in the archives)'}")


# --- installed on this machine ----------------------------------------------------------

def _purge() -> None:
    _sh("dpkg", "--purge", "buergerbuero", timeout=120)


def _install(deb: Path) -> None:
    done = _sh("dpkg", "--install", str(deb), timeout=240, ok=False)
    assert done.returncode == 0, (
        "dpkg could not install the package; a missing dependency is named here (install "
        f"it with ./dev.sh's DEBS):\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")


@pytest.fixture(scope="module")
def installed(deb: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.fail("installing the package needs root (CI runs as root): run the package "
                    "tests as root, e.g. in a Debian 12 container")
    if _sh("dpkg-query", "-W", "buergerbuero", ok=False).returncode == 0:
        _purge()  # an earlier run's leftover
    _install(deb)
    try:
        yield deb
    finally:
        _purge()


@pytest.fixture
def shared() -> Iterator[Path]:
    """A directory the kiosk's user can enter (pytest's tmp_path is root's alone)."""
    path = Path(tempfile.mkdtemp(prefix="buergerbuero-test-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path)


def _mode(path: str) -> tuple[int, str, str]:
    info = os.stat(path)
    return (stat.S_IMODE(info.st_mode), pwd.getpwuid(info.st_uid).pw_name,
            grp.getgrgid(info.st_gid).gr_name)


def test_install_makes_the_user_its_directories_and_a_valid_settings_file(
        installed: Path) -> None:
    user = pwd.getpwnam(USER)
    assert user.pw_uid < 1000
    assert user.pw_shell == "/usr/sbin/nologin"
    assert user.pw_dir == "/var/lib/buergerbuero"
    assert _mode("/var/lib/buergerbuero") == (0o700, USER, USER)
    assert _mode("/etc/buergerbuero") == (0o750, "root", USER)
    assert _mode("/etc/buergerbuero/kiosk.toml") == (0o640, "root", USER)
    assert shutil.which("buergerbuero") == "/usr/bin/buergerbuero"
    units = ["/lib/systemd/system/buergerbuero.service",
             "/lib/systemd/system/buergerbuero-tablet.service",
             "/lib/systemd/system/buergerbuero-metrics.service",
             "/lib/systemd/system/buergerbuero-metrics.timer"]
    verified = _sh("systemd-analyze", "verify", *units, ok=False)  # also without systemd
    assert verified.returncode == 0, verified.stdout + verified.stderr
    check = _as_user("buergerbuero", "config", "check", "--json")
    assert check.returncode == 0, check.stdout + check.stderr
    assert json.loads(check.stdout)["ok"] is True


def _enroll(office: Any) -> None:
    """The technician's enrolment, with the installed commands as the kiosk's user."""
    request = _as_user("buergerbuero", "signature", "enroll", "request")
    assert request.returncode == 0, request.stderr
    csr = Path(request.stdout.strip())
    from forms.signing import pki  # the test office's CA lives in the checkout

    cert = office.ca / "T-pkg.crt"
    cert.write_bytes(pki.issue(office.ca, csr, role="terminal", days=pki.DEVICE_DAYS))
    handover = Path("/var/lib/buergerbuero/handover")
    handover.mkdir(mode=0o700, exist_ok=True)
    shutil.copy(cert, handover / "device.crt")
    shutil.copy(office.ca / pki.CA_CERT, handover / "ca.crt")
    _sh("chown", "-R", f"{USER}:{USER}", str(handover))
    installed_cert = _as_user("buergerbuero", "signature", "enroll", "install",
                              str(handover / "device.crt"), "--chain", str(handover / "ca.crt"))
    assert installed_cert.returncode == 0, installed_cert.stderr
    shutil.rmtree(handover)


def test_the_installed_kiosk_passes_smoke_doctor_and_cage(installed: Path, office: Any,
                                                          shared: Path) -> None:
    _enroll(office)
    smoke = _as_user("buergerbuero", "kiosk", "--smoke", QT_QPA_PLATFORM="offscreen")
    assert smoke.returncode == 0, smoke.stderr
    doctor = _as_user("buergerbuero", "doctor", "--json")
    checks = {c["name"]: c for c in json.loads(doctor.stdout)["checks"]}
    assert checks["settings"]["status"] == "ok"
    assert checks["data directory"]["status"] == "ok"
    assert checks["signing certificate"]["status"] == "ok"
    # the sample settings name no intake key root yet: doctor says so, exit 2 (fail)
    assert checks["destination key root"]["status"] == "fail"
    assert doctor.returncode == 2

    # cage with wlroots' headless backend starts the packaged kiosk as its Wayland client,
    # as the systemd unit does (the session script passes the kiosk's status on; Qt on
    # the wayland platform aborts without a compositor, so 0 means it drew in cage)
    runtime = shared / "runtime"
    runtime.mkdir(mode=0o700)
    shutil.chown(runtime, USER, USER)
    caged = _as_user("/usr/lib/buergerbuero/session", "kiosk", "--smoke", timeout=90,
                     WLR_BACKENDS="headless", WLR_LIBINPUT_NO_DEVICES="1",
                     XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="wayland")
    assert caged.returncode == 0, caged.stderr[-3000:]
    failing = _as_user("/usr/lib/buergerbuero/session", "kiosk", "--smoke", "--config",
                       "/nonexistent.toml", timeout=90, WLR_BACKENDS="headless",
                       WLR_LIBINPUT_NO_DEVICES="1", XDG_RUNTIME_DIR=str(runtime),
                       QT_QPA_PLATFORM="wayland")
    assert failing.returncode == 2, failing.stderr[-3000:]  # what systemd will see


def _enqueue_as_user(marker: str) -> None:
    script = (
        "import sys, uuid\n"
        "from pathlib import Path\n"
        "from sync.outbox import Outbox, OutgoingApplication\n"
        "data = Path('/var/lib/buergerbuero')\n"
        "box = Outbox(data / 'outbox.sqlite3', data / 'terminal.key')\n"
        "box.enqueue(OutgoingApplication(idempotency_key=uuid.uuid4().hex,\n"
        f"    vorgangsnummer='2026-PKG-000001', service_id='meldebescheinigung-einfach',\n"
        f"    metadata={{'familienname': 'Paketprobe', 'fit_connect': {FIT_CONNECT!r}}},\n"
        f"    pdf=b'%PDF-1.7\\n% {marker}\\n%%EOF\\n'))\n"
        "box.close()\n")
    done = _as_user("/opt/buergerbuero/bin/python", "-c", script)
    assert done.returncode == 0, done.stderr


def _queue_status() -> dict[str, Any]:
    done = _as_user("buergerbuero", "queue", "status", "--json")
    assert done.returncode == 0, done.stderr
    status: dict[str, Any] = json.loads(done.stdout)
    return status


def test_an_upgrade_keeps_the_queued_application_and_it_is_delivered_after(
        installed: Path, tmp_path: Path, shared: Path) -> None:
    from sync.reference.server import IntakeServer

    _enqueue_as_user(uuid.uuid4().hex)
    assert _queue_status()["queued"] == 1
    key = hashlib.sha256(Path("/var/lib/buergerbuero/terminal.key").read_bytes()).digest()
    settings = Path("/etc/buergerbuero/kiosk.toml")
    settings.write_text(settings.read_text() + '\n# the technician was here\n')
    edited = settings.read_bytes()

    newer = _build(tmp_path / "dist", tmp_path / "work", "--version", "0.1.0+upgrade1",
                   "--compress", "zstd")
    _install(newer)
    assert _sh("dpkg-query", "-W", "-f=${Version}", "buergerbuero").stdout == "0.1.0+upgrade1"
    assert _queue_status()["queued"] == 1
    assert hashlib.sha256(Path("/var/lib/buergerbuero/terminal.key").read_bytes()).digest() \
        == key
    assert settings.read_bytes() == edited
    assert _mode("/var/lib/buergerbuero") == (0o700, USER, USER)

    intake = IntakeServer("127.0.0.1", 0, tmp_path / "intake", check_signatures=False)
    intake.start()
    try:
        root, crl = intake.key_trust.root, intake.key_trust.crl
        assert root is not None
        assert crl is not None
        shutil.copy(root, shared / root.name)
        shutil.copy(crl, shared / crl.name)
        # The sender's OAuth2 client for the stand-in, as a technician sets it up: the
        # secret in a file of the kiosk's user, mode 0600.
        secret = shared / "client-secret"
        shutil.copy(intake.client_secret_file, secret)
        shutil.chown(secret, USER, USER)
        secret.chmod(0o600)
        client = intake.sender_tokens().client_id
        settings.write_text(settings.read_text() + f'fitconnect_token_url = "{intake.token_url}"\n'
                            f'fitconnect_client_id = "{client}"\n'
                            f'fitconnect_client_secret_file = "{secret}"\n'
                            f'destination_id = "{intake.destination_id}"\n')
        sent = _as_user("buergerbuero", "sync", "--once", "--json", "--url", intake.url,
                        "--key-root", str(shared / root.name), "--key-crl", str(shared / crl.name))
    finally:
        intake.stop()
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert json.loads(sent.stdout)["sent"] == 1
    assert _queue_status()["queued"] == 0


def test_remove_keeps_the_data_and_purge_removes_it(installed: Path) -> None:
    _sh("dpkg", "--remove", "buergerbuero")
    assert not Path("/opt/buergerbuero").exists()
    assert not Path("/usr/bin/buergerbuero").exists()
    assert Path("/var/lib/buergerbuero/outbox.sqlite3").exists()
    assert Path("/etc/buergerbuero/kiosk.toml").exists()
    _purge()
    assert not Path("/var/lib/buergerbuero").exists()
    assert not Path("/etc/buergerbuero").exists()
