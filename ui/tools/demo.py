"""``buergerbuero demo``: the kiosk with a local reference intake server, or the walkthrough."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.base.catalogue import catalogue
from kiosk.journey import MAX_TEXT_SCALE, MIN_TEXT_SCALE, Display
from kiosk.settings import default_data_dir, load_settings
from sync.reference.server import IntakeServer
from sync.reference.zms import ZmsStandIn
from ui.app import run_kiosk
from ui.qtapp import ensure_display
from ui.tools.checkin_walk import zms_settings
from ui.tools.demo_office import DemoOffice, stand_in_settings
from ui.tools.walkthrough import run_walkthrough


def add_commands(sub: Any) -> None:
    demo = sub.add_parser("demo", help="kiosk plus a local reference intake server")
    demo.add_argument("--config", type=Path, help="settings file (TOML)")
    demo.add_argument("--data-dir", help="where the demo keeps its data")
    demo.add_argument("--walkthrough", metavar="DIR",
                      help="run the scripted journey headless; screenshots and journey.json in DIR")
    demo.add_argument("--voice", action="store_true",
                      help="with --walkthrough: turn on 'Read aloud' and write what the kiosk "
                           "said to DIR/speech/ as WAV files, one per screen")
    demo.add_argument("--pay", choices=("card", "phone"), default="card",
                      help="how the walkthrough pays the fee (after a declined card)")
    demo.add_argument("--language", metavar="LANG", default="de",
                      help="with --walkthrough: the citizen's language (a BCP 47 tag the "
                           "catalogue has, e.g. de, en, tr, ar, de-x-ls)")
    demo.add_argument("--text-scale", type=float, default=1.0, metavar="SCALE",
                      help="with --walkthrough: the text size the citizen sets (1 to 2)")
    demo.add_argument("--theme", choices=("standard", "high-contrast"), default="standard",
                      help="with --walkthrough: the colour theme the citizen sets")
    demo.add_argument("--smoke", action="store_true",
                      help="start, paint the welcome screen and exit 0")
    demo.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir() / "demo"
    if args.walkthrough:
        ensure_display(True)
        if args.language not in catalogue().languages():
            print(f"error: --language {args.language}: the catalogue has "
                  f"{', '.join(catalogue().languages())}", file=sys.stderr)
            return 2
        if not MIN_TEXT_SCALE <= args.text_scale <= MAX_TEXT_SCALE:
            print(f"error: --text-scale must be from {MIN_TEXT_SCALE:g} to {MAX_TEXT_SCALE:g}",
                  file=sys.stderr)
            return 2
        display = Display(args.text_scale, args.theme == "high-contrast")
        return run_walkthrough(Path(args.walkthrough), language=args.language, voice=args.voice,
                               pay=args.pay, display=display)
    if args.voice:
        print("error: --voice goes with --walkthrough DIR", file=sys.stderr)
        return 2
    ensure_display(args.smoke)
    settings = load_settings(args.config, data_dir=data_dir / "terminal",
                             office_name="Bürgerbüro", place="Musterstadt", terminal_id="DEMO-01")
    office = DemoOffice(data_dir)
    office.enroll(settings.data_dir, settings.terminal_id)
    if args.smoke:  # the enrolled demo terminal passes the check before a session
        return run_kiosk(settings, fullscreen=False, smoke=True)
    settings = settings.with_(trust_dir=office.trust)
    server = IntakeServer("127.0.0.1", 0, data_dir / "intake-server", trust_dir=office.trust)
    server.start()
    zms = ZmsStandIn().start()  # the appointment system's stand-in, for the check-in
    settings = settings.with_(**stand_in_settings(server), **zms_settings(zms))
    print(f"Reference intake server on {server.url}, storing under {data_dir / 'intake-server'}",
          flush=True)
    today = datetime.now().replace(second=0, microsecond=0)
    codes = [zms.book(today.replace(hour=hour, minute=0)) for hour in (9, 11, 14)]
    print(f"ZMS stand-in on {zms.url}; today's appointments to check in: "
          + ", ".join(f"{pid}-{key}" for pid, key in codes), flush=True)
    try:
        return run_kiosk(settings, fullscreen=False, smoke=False)
    finally:
        zms.stop()
        server.stop()
