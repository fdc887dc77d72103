"""``buergerbuero bench sync``: registered on the main CLI's ``bench`` group (Qt-free)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from sync.tools.bench import bench_sync


def add_bench_commands(bench_subparsers: argparse._SubParsersAction[Any]) -> None:
    bench = bench_subparsers.add_parser("sync", help="sync throughput, enqueue latency, memory")
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--items", type=int, default=300,
                       help="applications (200 KB PDFs) for the throughput comparison")
    bench.add_argument("--drain", type=int, default=10_000,
                       help="applications (small PDFs) drained to measure memory")
    bench.add_argument("--crash-kills", type=int, default=0,
                       help="also SIGKILL a sending process this many times, check the server")
    bench.set_defaults(func=run_bench_sync)


def run_bench_sync(args: argparse.Namespace) -> int:
    report = bench_sync(items=args.items, drain=args.drain, crash_kills=args.crash_kills)
    if args.json:
        print(json.dumps(report))
    else:
        for name, value in report.items():
            print(f"{name:<22} {value}")
    return 0 if report["lost"] == 0 and report["duplicated"] == 0 else 1
