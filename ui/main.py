"""``buergerbuero``: the one command. The composition root's command table.

Qt-free commands come from ``kiosk.commands``; this adds the ones that need Qt
(``kiosk``, ``tablet``), the reference intake server and the tools (``demo``,
``bench``). Only the module of the command being run is imported.
"""

from __future__ import annotations

import gc
import sys

from kiosk.commands import COMMANDS, Command, chosen_command, run

TABLE: tuple[Command, ...] = (
    Command("kiosk", "run the self-service terminal (full screen)", "ui.app"),
    Command("tablet", "the signature tablet at the counter (docs/tablet.md)", "ui.tablet"),
    *COMMANDS,
    Command("demo", "kiosk plus a local reference intake server", "ui.tools.demo"),
    Command("intake-server", "run the reference intake server in the foreground",
            "sync.reference.cli"),
    Command("bench", "benchmarks, reported as ratios to a baseline", "ui.tools.commands"),
    Command("a11y", "accessibility checks of every screen (a11y check)", "ui.tools.a11y"),
)


def main(argv: list[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if chosen_command(arguments) == "kiosk":
        # Start-up builds long-lived things only (modules, classes, Qt types, the first
        # screen): the cyclic collector would scan them again and again and free nothing.
        # It pauses until the first frame is painted (ui.app resumes it), ~3 % of start-up.
        gc.disable()
    try:
        return run(TABLE, arguments)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
