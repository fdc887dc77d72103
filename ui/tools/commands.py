"""``buergerbuero bench …``: every benchmark, each a ratio against a baseline of the same run."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sync.tools.cli import add_bench_commands as add_sync_benches
from ui.qtapp import ensure_display
from ui.tools import (
    bench,
    bench_card,
    bench_journey,
    bench_payment,
    bench_signature,
    bench_soak,
)


def add_commands(sub: Any) -> None:
    group = sub.add_parser("bench", help="benchmarks, reported as ratios to a baseline")
    benches = group.add_subparsers(dest="bench", required=True, metavar="WHAT")
    startup = benches.add_parser("startup", help="kiosk start-up against a bare Qt window")
    startup.add_argument("--runs", type=int, default=7)
    startup.add_argument("--json", action="store_true")
    startup.set_defaults(func=lambda a: bench.bench_startup(runs=a.runs, as_json=a.json))
    pdf = benches.add_parser("pdf", help="application PDF render and form screen build")
    pdf.add_argument("--runs", type=int, default=15)
    pdf.add_argument("--json", action="store_true")
    pdf.set_defaults(func=_bench_pdf)
    card = benches.add_parser("card", help="reading an (emulated) passport's chip")
    card.add_argument("--reader", metavar="NAME")
    card.add_argument("--document-number", default="C01X00T47")
    card.add_argument("--birth-date", default="640812", metavar="YYMMDD")
    card.add_argument("--expiry-date", default="301031", metavar="YYMMDD")
    card.add_argument("--emulator", metavar="CMD",
                      help="command that inserts the card (e.g. starts vicc); needed for "
                           "insert_to_screen_ms")
    card.add_argument("--runs", type=int, default=5)
    card.add_argument("--json", action="store_true")
    card.set_defaults(func=_bench_card)
    journey = benches.add_parser("journey", help="'Submit application' to the receipt, vs "
                                 "the same store done bare")
    journey.add_argument("--runs", type=int, default=20)
    journey.add_argument("--json", action="store_true")
    journey.set_defaults(func=_bench_journey)
    signature = benches.add_parser("signature", help="500 Hz pen capture and signing times")
    signature.add_argument("--json", action="store_true")
    signature.add_argument("--seconds", type=float, default=10.0,
                           help="length of the pen stream")
    signature.set_defaults(func=_bench_signature)
    payment = benches.add_parser("payment", help="card payment overhead and receipt printing")
    payment.add_argument("--runs", type=int, default=30)
    payment.add_argument("--json", action="store_true")
    payment.set_defaults(func=lambda a: bench_payment.bench_payment(runs=a.runs,
                                                                    as_json=a.json))
    soak = benches.add_parser("soak", help="N complete sessions in one kiosk: growth of "
                              "memory, file descriptors, threads and QObjects")
    soak.add_argument("--sessions", type=int, default=1000)
    soak.add_argument("--json", action="store_true")
    soak.add_argument("--trace", action="store_true",
                      help="tracemalloc from session 50 on: where what grew was allocated")
    soak.set_defaults(func=_bench_soak)
    add_sync_benches(benches)


def _bench_pdf(args: argparse.Namespace) -> int:
    ensure_display(True)
    return bench.bench_pdf(runs=args.runs, as_json=args.json)


def _bench_card(args: argparse.Namespace) -> int:
    ensure_display(True)
    return bench_card.main_args(args)


def _bench_journey(args: argparse.Namespace) -> int:
    ensure_display(True)
    return bench_journey.bench_journey(runs=args.runs, as_json=args.json)


def _bench_signature(args: argparse.Namespace) -> int:
    ensure_display(True)
    return bench_signature.bench_signature(seconds=args.seconds, as_json=args.json)


def _bench_soak(args: argparse.Namespace) -> int:
    ensure_display(True)
    if args.sessions <= bench_soak.BASELINE_AT:
        print(f"error: --sessions must be more than {bench_soak.BASELINE_AT} (the growth is "
              f"measured from session {bench_soak.BASELINE_AT} on)", file=sys.stderr)
        return 2
    return bench_soak.bench_soak(sessions=args.sessions, as_json=args.json,
                                 trace=args.trace)
