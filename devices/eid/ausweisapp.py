"""Start AusweisApp headless for the kiosk (``eid_mode = "start"``) and for tests.

``AusweisApp2 --ui websocket --port 0`` (Debian 12's ausweisapp2 1.26) runs
the SDK without a window; with port 0 it picks a free port and writes it to
``$TMPDIR/AusweisApp2.<pid>.port``. Each instance gets its own HOME and TMPDIR
in a private directory, so its settings and port file never mix with a
citizen-facing or another test's instance, and the offscreen Qt platform so it
needs no screen. Its own logs are switched off: they are not ours to keep.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from devices.eid.sdk import EidUnavailable

log = logging.getLogger(__name__)
DEFAULT_BINARY = "AusweisApp2"


class AusweisAppProcess:
    """One AusweisApp process and its private directory."""

    def __init__(self, binary: str = DEFAULT_BINARY, *, port: int = 0,
                 workdir: Path | None = None) -> None:
        self.binary = binary
        self.port = port
        self._own_workdir = workdir is None
        self.workdir = workdir or Path(tempfile.mkdtemp(prefix="ausweisapp-"))
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/eID-Kernel"

    def start(self, timeout: float = 30.0) -> str:
        """Start and wait until the WebSocket accepts connections; returns its URL."""
        executable = shutil.which(self.binary)
        if executable is None:
            raise EidUnavailable(f"{self.binary} is not installed (Debian: apt-get install "
                                 "ausweisapp2)")
        home, tmp = self.workdir / "home", self.workdir / "tmp"
        home.mkdir(parents=True, exist_ok=True)
        tmp.mkdir(mode=0o700, parents=True, exist_ok=True)
        env = dict(os.environ, HOME=str(home), TMPDIR=str(tmp), XDG_RUNTIME_DIR=str(tmp),
                   XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"),
                   XDG_CACHE_HOME=str(home / ".cache"), QT_QPA_PLATFORM="offscreen")
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        args = [executable, "--ui", "websocket", "--port", str(self.port),
                "--no-logfile", "--no-loghandler"]
        log.info("starting %s", " ".join(args))
        self.process = subprocess.Popen(  # noqa: S603 - our own argument list, no shell
            args, env=env, cwd=self.workdir, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        port_file = tmp / f"AusweisApp2.{self.process.pid}.port"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                code = self.process.returncode
                self.process = None
                raise EidUnavailable(f"{self.binary} exited at start with code {code}")
            if self.port == 0 and port_file.exists():
                text = port_file.read_text(encoding="ascii").strip()
                if text.isdigit():
                    self.port = int(text)
            if self.port and _accepts(self.port):
                log.info("AusweisApp listens on %s", self.url)
                return self.url
            # Waiting for another process to come up: nothing to wait on but time.
            time.sleep(0.1)
        self.stop()
        raise EidUnavailable(f"{self.binary} did not open its WebSocket within {timeout:.0f} s")

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 10.0) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout)
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False
