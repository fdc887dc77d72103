"""A private CUPS daemon with a cups-pdf printer: the walkthrough's and the tests' printer.

Everything of its own: configuration, spool, state and logs under one folder of
its own in the system's temporary directory (the filters run as user lp and must
reach it: a test's private 0700 folder would not do; removed on ``stop``), and
no TCP port at all — it listens on a Unix socket in that folder
(``server`` is its path, for ``lp -h``). The printer is Debian's
printer-driver-cups-pdf, whose backend reads ``/etc/cups/cups-pdf-<queue>.conf``
(a path compiled into it): the sandbox writes that file with a queue name of
its own (never a shared one) and removes it when it stops. Needs root (the
cups-pdf backend runs as root) and the Debian packages of dev.sh.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
CUPS_PDF_CONF_DIR = Path("/etc/cups")


class CupsUnavailable(RuntimeError):
    pass


class CupsSandbox:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
        self.root.chmod(0o755)
        self.queue = f"kiosk-receipt-{secrets.token_hex(4)}"
        self.server = str(self.root / "cups.sock")
        self.out_dir = self.root / "out"
        self._proc: subprocess.Popen[bytes] | None = None
        self._conf = CUPS_PDF_CONF_DIR / f"cups-pdf-{self.queue}.conf"

    def start(self) -> CupsSandbox:
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        lpadmin = shutil.which("lpadmin") or "/usr/sbin/lpadmin"
        if not Path(cupsd).exists() or not PPD.exists():
            raise CupsUnavailable("cupsd or printer-driver-cups-pdf is missing (run ./dev.sh)")
        if os.geteuid() != 0:
            raise CupsUnavailable("the cups-pdf backend runs as root: start the sandbox as root")
        for name in ("etc/ppd", "spool", "tmp", "cache", "state", "log", "out", "pdfspool"):
            (self.root / name).mkdir(parents=True, exist_ok=True)
        for name in ("tmp", "out", "pdfspool"):
            (self.root / name).chmod(0o1777)
        (self.root / "cupsd.conf").write_text(
            f"Listen {self.server}\nLogLevel warn\nMaxLogSize 0\nBrowsing No\n"
            "DefaultAuthType None\nWebInterface No\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
        r = self.root
        (r / "cups-files.conf").write_text(
            f"ServerRoot {r}/etc\nRequestRoot {r}/spool\nTempDir {r}/tmp\nCacheDir {r}/cache\n"  # noqa: S108 - a private folder
            f"StateDir {r}/state\nErrorLog {r}/log/error_log\nAccessLog {r}/log/access_log\n"
            f"PageLog {r}/log/page_log\nSystemGroup root\n"
            "FileDevice No\nSandboxing Relaxed\n")
        self._conf.write_text(
            f"Out {self.out_dir}\nAnonDirName {self.out_dir}\nSpool {r}/pdfspool\n"
            f"Log {r}/log\nGrp root\nLabel 0\nUserUMask 0022\n")
        # Our own files and fixed tools: nothing untrusted on the command line.
        self._proc = subprocess.Popen(  # noqa: S603
            [cupsd, "-f", "-c", str(r / "cupsd.conf"), "-s", str(r / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while not Path(self.server).exists():
            if self._proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise CupsUnavailable(f"cupsd did not start: {self._log()}")
            time.sleep(0.05)
        result = subprocess.run(  # noqa: S603
            [lpadmin, "-h", self.server, "-p", self.queue, "-E", "-v",
             f"cups-pdf:/{self.queue}", "-P", str(PPD)],
            capture_output=True, timeout=30, check=False)
        if result.returncode != 0:
            self.stop()
            raise CupsUnavailable(f"lpadmin: {result.stderr.decode()[:300]}")
        return self

    def _log(self) -> str:
        path = self.root / "log" / "error_log"
        return path.read_text(errors="replace")[-1000:] if path.exists() else ""

    def printed(self) -> list[Path]:
        """The finished PDFs cups-pdf wrote (a file still being written is not one)."""
        done = []
        for path in self.out_dir.rglob("*.pdf"):
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if data.startswith(b"%PDF") and b"%%EOF" in data[-64:]:
                done.append(path)
        return sorted(done, key=lambda p: p.stat().st_mtime)

    def wait_for_pdf(self, count: int = 1, timeout_s: float = 60) -> Path:
        deadline = time.monotonic() + timeout_s
        while len(self.printed()) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no PDF from cups-pdf within {timeout_s:.0f} s: "
                                   f"{self._log()}")
            time.sleep(0.1)
        return self.printed()[-1]

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._proc = None
        self._conf.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> CupsSandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
