"""``buergerbuero``: the one command, with subcommands.

The GUI subcommands import Qt only when they run; the technicians' commands
(queue, intake-server) never load it.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from kiosk.errors import UserFacingError
from kiosk.settings import Settings, default_data_dir, load_settings


def _settings(args: argparse.Namespace, **overrides: object) -> Settings:
    return load_settings(getattr(args, "config", None), **overrides)


def cmd_kiosk(args: argparse.Namespace) -> int:
    from ui.app import ensure_display, run_kiosk

    ensure_display(args.smoke and not args.windowed)
    settings = _settings(args)
    return run_kiosk(settings, fullscreen=not args.windowed, smoke=args.smoke)


def cmd_demo(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir() / "demo"
    if args.walkthrough:
        from ui.app import ensure_display
        from ui.walkthrough import run_walkthrough

        ensure_display(True)
        return run_walkthrough(Path(args.walkthrough))
    from ui.app import ensure_display, run_kiosk

    ensure_display(args.smoke)
    settings = load_settings(getattr(args, "config", None), data_dir=data_dir / "terminal",
                             office_name="Bürgerbüro", place="Musterstadt", terminal_id="DEMO-01")
    if args.smoke:
        return run_kiosk(settings, fullscreen=False, smoke=True)

    from sync.intake_server import IntakeServer

    server = IntakeServer("127.0.0.1", 0, data_dir / "intake-server")
    server.start()
    settings = settings.with_(intake_url=server.url)
    print(f"Reference intake server on {server.url}, storing under {data_dir / 'intake-server'}",
          flush=True)
    try:
        return run_kiosk(settings, fullscreen=False, smoke=False)
    finally:
        server.stop()


def cmd_bench_startup(args: argparse.Namespace) -> int:
    from ui.bench import bench_startup

    return bench_startup(runs=args.runs, as_json=args.json)


def cmd_bench_pdf(args: argparse.Namespace) -> int:
    from ui.bench import bench_pdf

    return bench_pdf(runs=args.runs, as_json=args.json)
def cmd_bench_card(args: argparse.Namespace) -> int:
    from ui.app import ensure_display
    from ui.bench_card import main_args

    ensure_display(True)
    return main_args(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="buergerbuero",
        description="Bürgerbüro Kiosk: self-service terminal for citizens' offices.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    kiosk = sub.add_parser("kiosk", help="run the self-service terminal (full screen)")
    kiosk.add_argument("--config", type=Path, help="settings file (TOML)")
    kiosk.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    kiosk.add_argument("--smoke", action="store_true",
                       help="start, paint the welcome screen and exit 0 (installer check)")
    kiosk.set_defaults(func=cmd_kiosk)

    demo = sub.add_parser("demo", help="kiosk plus a local reference intake server")
    demo.add_argument("--config", type=Path, help="settings file (TOML)")
    demo.add_argument("--data-dir", help="where the demo keeps its data")
    demo.add_argument("--walkthrough", metavar="DIR",
                      help="run the scripted journey headless; screenshots and journey.json in DIR")
    demo.add_argument("--smoke", action="store_true",
                      help="start, paint the welcome screen and exit 0")
    demo.set_defaults(func=cmd_demo)

    bench = sub.add_parser("bench", help="benchmarks, reported as ratios to a baseline")
    bench_sub = bench.add_subparsers(dest="bench", required=True, metavar="WHAT")
    startup = bench_sub.add_parser("startup", help="kiosk start-up against a bare Qt window")
    startup.add_argument("--runs", type=int, default=7)
    startup.add_argument("--json", action="store_true")
    startup.set_defaults(func=cmd_bench_startup)
    pdf = bench_sub.add_parser("pdf", help="application PDF render and form screen build")
    pdf.add_argument("--runs", type=int, default=15)
    pdf.add_argument("--json", action="store_true")
    pdf.set_defaults(func=cmd_bench_pdf)
    card = bench_sub.add_parser("card", help="reading an (emulated) passport's chip")
    card.add_argument("--reader", metavar="NAME")
    card.add_argument("--document-number", default="C01X00T47")
    card.add_argument("--birth-date", default="640812", metavar="YYMMDD")
    card.add_argument("--expiry-date", default="301031", metavar="YYMMDD")
    card.add_argument("--emulator", metavar="CMD",
                      help="command that inserts the card (e.g. starts vicc); needed for "
                           "insert_to_screen_ms")
    card.add_argument("--runs", type=int, default=5)
    card.add_argument("--json", action="store_true")
    card.set_defaults(func=cmd_bench_card)

    from forms.cli import add_commands as add_forms_commands
    from sync.cli import add_bench_commands, add_commands

    add_commands(sub)
    add_bench_commands(bench_sub)
    from devices.eid.cli import add_commands as add_eid_commands

    add_eid_commands(sub)
    add_forms_commands(sub)
    from ui.signing_cli import add_commands as add_signing_commands

    add_signing_commands(sub, bench_sub)
    from devices.cli import add_commands as add_card_commands

    add_card_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args))
    except UserFacingError as exc:
        print(f"error: {exc.message.untranslated()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
