"""``buergerbuero demo --walkthrough DIR``: the whole journey, headless, with screenshots.

Starts the reference intake server on 127.0.0.1, runs the kiosk offscreen,
plays one citizen's Meldebescheinigung application through the real widgets,
saves a PNG per screen and ``journey.json``, and exits 0 only when the intake
server has stored the application with its PDF.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from kiosk.settings import Settings
from sync.intake_server import IntakeServer, stored_case
from ui.app import Kiosk
from ui.journey import SAMPLE_ADDRESS, SAMPLE_IDENTITY, JourneyDriver, wait_until
from ui.screens.receipt import ReceiptScreen


def demo_passport() -> tuple[str, str, str] | None:
    """$BUERGERBUERO_DEMO_PASSPORT='NUMBER,DD.MM.YYYY,DD.MM.YYYY': read this passport's chip.

    Set it when a passport (or the emulated one) lies on a PC/SC reader; the
    walkthrough then fills the identity from the chip instead of typing it.
    """
    raw = os.environ.get("BUERGERBUERO_DEMO_PASSPORT", "").strip()
    if not raw:
        return None
    parts = [p.strip() for p in raw.split(",")]
    if len(parts) != 3:
        raise SystemExit("error: BUERGERBUERO_DEMO_PASSPORT must be NUMBER,DD.MM.YYYY,DD.MM.YYYY")
    return parts[0], parts[1], parts[2]


def run_walkthrough(out_dir: Path, *, language: str = "de") -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("[0-9][0-9]-*.png"):
        old.unlink()
    server = IntakeServer("127.0.0.1", 0, out_dir / "intake-server")
    server.start()
    settings = Settings(data_dir=out_dir / "terminal", intake_url=server.url,
                        terminal_id="DEMO-01", office_name="Bürgerbüro", place="Musterstadt")
    passport = demo_passport()
    kiosk = Kiosk(settings, start_devices=passport is not None)
    result: dict[str, Any] = {"screens": [], "synced": False}
    kiosk.window.screenShown.connect(lambda name: result["screens"].append(name))
    result["screens"].append(kiosk.window.current_screen().step_name)
    shots: list[str] = []

    def shot(name: str) -> None:
        wait_until(lambda: False, 0.05)  # let layouts and repaints settle
        path = out_dir / f"{len(shots) + 1:02d}-{name}.png"
        kiosk.window.grab().save(str(path))
        shots.append(path.name)

    try:
        kiosk.show(fullscreen=False)
        if not wait_until(lambda: kiosk.interactive, 10):
            print("error: the kiosk window never painted", file=sys.stderr)
            return 1
        kiosk.start_background()
        drive = JourneyDriver(kiosk.window)
        shot("welcome")
        drive.choose_language(language)
        shot("service")
        drive.choose_service("meldebescheinigung-einfach")
        drive.next()  # nothing entered yet: the form says what is missing
        shot("identify-errors")
        if passport is not None:
            if not wait_until(lambda: bool(kiosk.readers.state.cards), 10):
                print("error: BUERGERBUERO_DEMO_PASSPORT is set but no card lies on a reader",
                      file=sys.stderr)
                return 1
            if not drive.read_chip(passport=passport, before_read=lambda: shot("identify-card")):
                print("error: the passport's chip could not be read", file=sys.stderr)
                return 1
            result["identification"] = kiosk.window.session.identity.identification
            drive.fill({k: v for k, v in SAMPLE_IDENTITY.items()
                        if k in ("birth_name", "place_of_birth")})
            shot("identify-chip")
        else:
            drive.fill(SAMPLE_IDENTITY)
            shot("identify")
        drive.next()
        drive.fill(SAMPLE_ADDRESS)
        shot("form-address")
        drive.next()
        drive.fill({"purpose": "employer"})
        shot("form-details")
        drive.next()
        shot("review")
        drive.next()
        drive.sign()
        shot("signature")
        drive.next()
        if not wait_until(lambda: drive.screen == "receipt", 30):
            print("error: the application was not stored on the terminal", file=sys.stderr)
            return 1
        receipt = kiosk.window.current_screen()
        assert isinstance(receipt, ReceiptScreen)
        result["vorgangsnummer"] = receipt.vorgangsnummer
        synced = wait_until(lambda: receipt.state == "sent", 30)
        shot("receipt")
        result["case_id"] = receipt.case_id
        stored = stored_case(out_dir / "intake-server", receipt.case_id) if receipt.case_id \
            else None
        if stored is not None:
            metadata, pdf = stored
            result["pdf"] = str(pdf.resolve())
            result["synced"] = bool(synced and pdf.exists()
                                    and pdf.read_bytes().startswith(b"%PDF-")
                                    and metadata.get("vorgangsnummer") == receipt.vorgangsnummer)
        drive.click(receipt.done)
        wait_until(lambda: drive.screen == "welcome", 5)
        shot("welcome-again")
        result["screenshots"] = shots
        result["intake_url"] = server.url
        (out_dir / "journey.json").write_text(json.dumps(result, indent=2, ensure_ascii=False)
                                              + "\n", encoding="utf-8")
        if not result["synced"]:
            print("error: the intake server did not store the application", file=sys.stderr)
            return 1
        print(f"walkthrough: {len(shots)} screenshots in {out_dir}, case {result['case_id']}")
        return 0
    finally:
        kiosk.shutdown()
        server.stop()
