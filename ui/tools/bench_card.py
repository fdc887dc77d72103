"""``buergerbuero bench card``: how fast an (emulated) passport is read and shown.

- ``read_ms``: access control (BAC/PACE) plus DG1, through PC/SC, median of runs;
- ``apdu_count`` of that read and ``apdu_minimum``, the fewest APDUs the protocol
  needs for the same read (BAC: GET CHALLENGE, MUTUAL AUTHENTICATE, SELECT
  application, READ BINARY by short file id = 4; PACE: MSE:Set AT, four GENERAL
  AUTHENTICATE, SELECT application, READ BINARY = 7, EF.CardAccess not counted);
- ``insert_to_screen_ms``: the kiosk waits on the identify screen with the
  passport's numbers entered; the card is inserted (``--emulator`` starts the
  emulator); time until the prefilled form is shown. Measured from starting the
  emulator (``insert_to_screen_ms``) and from the PC/SC insert event
  (``event_to_screen_ms``).
"""

from __future__ import annotations

import json
import shlex
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from devices.cardreaders import list_readers
from devices.icao.mrz import MrzKeys, yymmdd_to_date
from devices.icao.reader import ChipReader
from devices.pcsc import open_channel
from kiosk.settings import Settings
from ui.app import Kiosk
from ui.qt import QEventLoop, QTimer
from ui.screens.identify import IdentifyScreen
from ui.tools.journey import JourneyDriver, wait_until

MINIMUM = {"BAC": 4, "PACE": 7}


def _start(emulator: str) -> subprocess.Popen[bytes]:
    # The technician's own command line (--emulator), run without a shell.
    return subprocess.Popen(shlex.split(emulator), stdout=subprocess.DEVNULL,  # noqa: S603
                            stderr=subprocess.DEVNULL)


def _stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is None:
        return
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def _wait_card(reader: str | None, present: bool, timeout_s: float = 10) -> str | None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        state = list_readers()
        cards = [r for r in state.cards if reader is None or r == reader]
        if present and cards:
            return cards[0]
        if not present and not cards:
            return None
        threading_wait(0.05)
    raise SystemExit(f"error: the card did not {'appear' if present else 'leave'} in time")


def threading_wait(seconds: float) -> None:
    import threading

    threading.Event().wait(seconds)


def bench_card(*, reader: str | None, keys: tuple[str, str, str], emulator: str | None,
               runs: int, as_json: bool) -> int:

    mrz_keys = MrzKeys(*keys)
    proc = _start(emulator) if emulator else None
    try:
        found = _wait_card(reader, True)
        times: list[float] = []
        counts: list[int] = []
        protocol = ""
        for _ in range(runs):
            channel = open_channel(found)
            try:
                result = ChipReader(channel).read(mrz_keys)
            finally:
                channel.close()
            times.append(result.elapsed_ms)
            counts.append(result.apdu_count)
            protocol = result.protocol
    finally:
        _stop(proc)
    out: dict[str, Any] = {
        "reader": found,
        "protocol": protocol,
        "runs": runs,
        "apdu_count": counts[-1],
        "apdu_minimum": MINIMUM[protocol],
        "read_ms": round(statistics.median(times), 1),
        "read_ms_min": round(min(times), 1),
    }
    if emulator:
        _wait_card(found, False)
        out.update(_insert_to_screen(found, keys, emulator))
    else:
        out["insert_to_screen_ms"] = None
        out["note"] = "insert_to_screen_ms needs --emulator (a command that inserts the card)"
    if as_json:
        print(json.dumps(out, indent=2))
    else:
        for k, v in out.items():
            print(f"{k}: {v}")
    return 0


def _insert_to_screen(reader: str | None, keys: tuple[str, str, str],
                      emulator: str) -> dict[str, Any]:

    number, birth, expiry = keys
    typed = (number, yymmdd_to_date(birth, expiry=False).strftime("%d.%m.%Y"),
             yymmdd_to_date(expiry, expiry=True).strftime("%d.%m.%Y"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), intake_url="http://127.0.0.1:9",
                            terminal_id="BENCH", office_name="Bürgerbüro", place="Musterstadt")
        kiosk = Kiosk(settings, start_devices=True)
        proc: subprocess.Popen[bytes] | None = None
        try:
            kiosk.show(fullscreen=False)
            if not wait_until(lambda: kiosk.interactive, 10):
                raise SystemExit("error: the kiosk window never painted")
            kiosk.start_background()
            drive = JourneyDriver(kiosk.window)
            drive.choose_language("de")
            drive.choose_service("meldebescheinigung-einfach")
            screen = kiosk.window.current_screen()
            assert isinstance(screen, IdentifyScreen)
            wait_until(lambda: kiosk.backend.readers.state.available, 10)
            started: list[float] = []

            def insert() -> None:
                started.append(time.perf_counter())

            # the read is requested with no card on the reader: it waits for the insert
            ok = drive.read_chip(passport=typed, timeout_s=0.01, before_read=insert)
            assert not ok
            # Wait in a real event loop (as the kiosk does): it idles without holding
            # Python's lock, so the reader's worker thread runs at full speed.
            loop = QEventLoop()
            screen.prefilled.connect(loop.quit)
            QTimer.singleShot(20_000, loop.quit)
            t0 = time.perf_counter()
            proc = _start(emulator)
            loop.exec()
            if screen.prefilled_at is None:
                raise SystemExit("error: the form was not prefilled: "
                                 + screen.access.status.text())
            kiosk.window.repaint()  # the prefilled fields painted
            shown = time.perf_counter()
            seen = screen.card_seen_at or t0
            return {"insert_to_screen_ms": round((shown - t0) * 1000, 1),
                    "event_to_screen_ms": round((shown - seen) * 1000, 1)}
        finally:
            _stop(proc)
            kiosk.shutdown()


def main_args(args: Any) -> int:
    keys = (args.document_number.upper(), args.birth_date, args.expiry_date)
    return bench_card(reader=args.reader, keys=keys, emulator=args.emulator,
                      runs=args.runs, as_json=args.json)

