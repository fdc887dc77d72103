"""TEST-ONLY harness: pcscd + vpcd + Debian's vicc emulating an ICAO passport.

``CardStack`` uses the machine's PC/SC service (there can be only one: pcscd
has a fixed socket); when none runs it starts ``pcscd --foreground`` itself and
stops it at the end. It picks a virtual reader that holds no card (so a
parallel test run on the other vpcd port is left alone), 'inserts' a passport
by starting vicc (through ``run_vicc.py``, which patches vicc's Python 3
defects in memory) and 'removes' it by stopping vicc. Every process it starts,
it stops. When a peer cannot start, the test FAILS with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
VICC_WRAPPER = HERE / "run_vicc.py"
SYSTEM_PYTHON = "/usr/bin/python3"
VPCD_PORTS = {"Virtual PCD 00 00": 35963, "Virtual PCD 00 01": 35964}
DEBS = ("pcscd vsmartcard-vpcd vsmartcard-vpicc python3-virtualsmartcard python3-pycryptodome "
        "libeac-dev swig")


class StackError(RuntimeError):
    """A real peer could not be started; the message says why."""


def _readers() -> dict[str, bool]:
    """Reader name -> card present, through pyscard (raises when pcscd is down)."""
    from smartcard.Exceptions import CardConnectionException, NoCardException
    from smartcard.System import readers

    from devices.pcsc import release

    result: dict[str, bool] = {}
    for r in readers():
        conn = r.createConnection()
        try:
            conn.connect()
            result[str(r)] = True
        except (NoCardException, CardConnectionException):
            result[str(r)] = False
        finally:
            release(conn)
    return result


def _pcscd_running() -> bool:
    pid_file = Path("/run/pcscd/pcscd.pid")
    if not pid_file.exists():
        return False
    try:
        os.kill(int(pid_file.read_text().strip()), 0)
    except (ValueError, ProcessLookupError, PermissionError):
        return False
    return True


def _wait(predicate, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise StackError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)


class CardStack:
    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.pcscd: subprocess.Popen[bytes] | None = None
        self.vicc: subprocess.Popen[bytes] | None = None
        self.reader = ""
        self.port = 0

    # -- life cycle -----------------------------------------------------------
    def start(self) -> None:
        for tool in ("pcscd",):
            if shutil.which(tool) is None and not Path("/usr/sbin/pcscd").exists():
                raise StackError(f"{tool} is not installed (apt-get install {DEBS})")
        if not Path("/usr/bin/vicc").exists() or not Path(SYSTEM_PYTHON).exists():
            raise StackError(f"vicc is not installed (apt-get install {DEBS})")
        if not Path("/etc/reader.conf.d/vpcd").exists():
            raise StackError(f"vpcd is not installed (apt-get install {DEBS})")
        if not _pcscd_running():
            log = (self.log_dir / "pcscd.log").open("wb")
            self.pcscd = subprocess.Popen(["pcscd", "--foreground"], stdout=log,
                                          stderr=subprocess.STDOUT)
            _wait(lambda: any(n in VPCD_PORTS for n in self._safe_readers()), 10,
                  "pcscd to list the virtual readers")
        states = self._safe_readers()
        free = [name for name in VPCD_PORTS if states.get(name) is False]
        if not free:
            raise StackError(
                "no free virtual reader: pcscd lists " + repr(sorted(states)) + ". If vpcd was "
                "installed after pcscd started, restart pcscd; if another test run holds both "
                "readers, wait for it.")
        self.reader = free[0]
        self.port = VPCD_PORTS[self.reader]

    def _safe_readers(self) -> dict[str, bool]:
        try:
            return _readers()
        except Exception:  # pcscd not up yet
            return {}

    def stop(self) -> None:
        self.remove()
        if self.pcscd is not None:
            import gc

            gc.collect()  # pyscard objects release their PC/SC contexts while pcscd still runs
            self.pcscd.terminate()
            try:
                self.pcscd.wait(5)
            except subprocess.TimeoutExpired:
                self.pcscd.kill()
                self.pcscd.wait(5)
            self.pcscd = None

    # -- cards ----------------------------------------------------------------
    def insert_passport(self, mrz: str, *, photo: Path | None = None,
                        sod: Path | None = None) -> None:
        """Start vicc as an ICAO passport holding ``mrz`` (one string, 88 characters)."""
        self._insert("ePass", dict(VICC_MRZ=mrz, VICC_PHOTO=str(photo or ""),
                                   VICC_SOD=str(sod or "")))

    def insert_id_card(self, mrz: str, can: str, *, sod: Path | None = None) -> None:
        """Start vicc as a German ID card (PACE; eMRTD application with the TD1 ``mrz``
        and, with ``sod``, that file as its EF.SOD)."""
        openpace = ROOT / ".tools" / "openpace"
        if not (openpace / "eac.py").exists():
            raise StackError(f"OpenPACE's Python bindings are missing in {openpace}: run "
                             "tests/cardstack/build_openpace.sh (./dev.sh test does)")
        self._insert("nPA", dict(VICC_MRZ=mrz, VICC_CAN=can, VICC_OPENPACE=str(openpace),
                                 VICC_SOD=str(sod or "")))

    def _insert(self, card_type: str, extra_env: dict[str, str]) -> None:
        self.remove()
        env = dict(os.environ, **extra_env)
        env.pop("PYTHONPATH", None)
        log_path = self.log_dir / "vicc.log"
        # vpcd may not have noticed the previous emulator leave; a fresh vicc that
        # connects too early is never polled. Give it a few seconds, then retry.
        for _attempt in range(4):
            with log_path.open("ab") as log:
                self.vicc = subprocess.Popen(
                    [SYSTEM_PYTHON, str(VICC_WRAPPER), "--type", card_type, "--port",
                     str(self.port)], env=env, stdout=log, stderr=subprocess.STDOUT)
            try:
                _wait(lambda: self.vicc is not None and self.vicc.poll() is None
                      and self._safe_readers().get(self.reader) is True, 3,
                      f"vicc's passport in {self.reader}")
                return
            except StackError:
                self.remove()
                time.sleep(0.5)
        tail = log_path.read_text(errors="replace")[-1500:]
        raise StackError(f"vicc's passport never appeared in {self.reader}:\n{tail}")

    def remove(self) -> None:
        if self.vicc is None:
            return
        self.vicc.terminate()
        try:
            self.vicc.wait(5)
        except subprocess.TimeoutExpired:
            self.vicc.kill()
            self.vicc.wait(5)
        self.vicc = None
        try:
            _wait(lambda: self._safe_readers().get(self.reader) is not True, 5,
                  "the card to leave the reader")
        except StackError:
            print("cardstack: reader still reports a card after vicc stopped", file=sys.stderr)
