"""Commands of issue 5 (handwritten signatures), registered from ``ui.main``.

``signature verify|open`` and ``sign-request`` are Qt-free; ``tablet`` and
``bench signature`` import Qt only when they run.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_commands(sub: Any, bench_sub: Any) -> None:
    from forms.signing.cli import add_commands as add_signature_commands
    from kiosk.tablet.client import add_commands as add_client_commands

    add_signature_commands(sub)
    add_client_commands(sub)
    tablet = sub.add_parser("tablet", help="the signature tablet at the counter (docs/tablet.md)")
    tablet.add_argument("--config", type=Path, help="settings file (TOML)")
    tablet.add_argument("--host", default="127.0.0.1")
    tablet.add_argument("--port", type=int, default=8790)
    tablet.add_argument("--hot-folder", type=Path, metavar="DIR", help="in/, out/, error/ here")
    tablet.add_argument("--tls-cert", type=Path, help="PEM certificate (chain) for HTTPS")
    tablet.add_argument("--tls-key", type=Path, help="PEM private key for HTTPS")
    tablet.add_argument("--windowed", action="store_true")
    tablet.set_defaults(func=cmd_tablet)
    bench = bench_sub.add_parser("signature", help="500 Hz pen capture and signing times")
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--seconds", type=float, default=10.0, help="length of the pen stream")
    bench.set_defaults(func=cmd_bench_signature)


def cmd_bench_signature(args: argparse.Namespace) -> int:
    from ui.app import ensure_display
    from ui.bench_signature import bench_signature

    ensure_display(True)
    return bench_signature(seconds=args.seconds, as_json=args.json)


def cmd_tablet(args: argparse.Namespace) -> int:
    from kiosk.settings import load_settings
    from ui.app import ensure_display
    from ui.tablet import run_tablet

    ensure_display(False)
    return run_tablet(load_settings(args.config), host=args.host, port=args.port,
                      hot_folder=args.hot_folder, tls_cert=args.tls_cert,
                      tls_key=args.tls_key, fullscreen=not args.windowed)
