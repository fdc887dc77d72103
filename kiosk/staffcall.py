"""'Help: call staff': the terminal tells the office that a citizen needs a person.

Qt-free; ``call`` blocks and runs on a worker thread (``ui.window`` hands it to the
backend's task runner). The hook is configured (``kiosk.settings``):

- ``staff_call_url``: an HTTP POST of ``{"terminal": …, "office": …, "at": …}`` as JSON
  (a 2xx answer counts), e.g. the office's queue system or a chat webhook;
- ``staff_call_command``: a program run with ``BB_TERMINAL`` and ``BB_OFFICE`` in its
  environment (exit 0 counts), e.g. a script that switches on a lamp at the counter.

The message never carries anything about the citizen: only which terminal asks.
"""

from __future__ import annotations

import json
import logging
import os
import shlex
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from kiosk.base.errors import UserFacingError
from kiosk.base.i18n import N_
from kiosk.settings import Settings

log = logging.getLogger(__name__)

NOT_REACHED = N_("Help", "Staff could not be called from here. Please ask at the counter.")
TIMEOUT_S = 5.0


@dataclass(frozen=True)
class StaffCall:
    terminal: str
    at: float  # seconds since the epoch


class StaffCaller:
    """The configured hook; ``configured`` says whether pressing Help reaches anyone."""

    def __init__(self, settings: Settings) -> None:
        self.terminal = settings.terminal_id
        self.office = f"{settings.office_name} {settings.place}".strip()
        self.url = settings.staff_call_url
        self.command = settings.staff_call_command

    @property
    def configured(self) -> bool:
        return bool(self.url or self.command)

    def call(self) -> StaffCall:
        """Tell staff; raises :class:`UserFacingError` when no hook answered."""
        made = StaffCall(self.terminal, time.time())
        reached = False
        if self.url:
            reached |= self._post(made)
        if self.command:
            reached |= self._run()
        if not reached:
            raise UserFacingError(NOT_REACHED, detail="no staff-call hook answered")
        log.info("staff called from terminal %s", self.terminal)
        return made

    def _post(self, made: StaffCall) -> bool:
        body = json.dumps({"terminal": made.terminal, "office": self.office,
                           "at": round(made.at)}).encode()
        # http(s) only: kiosk.settings refuses any other scheme for staff_call_url.
        request = urllib.request.Request(  # noqa: S310
            self.url, data=body, method="POST", headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as answer:  # noqa: S310
                return 200 <= int(answer.status) < 300
        except (urllib.error.URLError, OSError, ValueError) as exc:
            log.warning("staff call: %s did not answer (%s)", self.url, type(exc).__name__)
            return False

    def _run(self) -> bool:
        env = {**os.environ, "BB_TERMINAL": self.terminal, "BB_OFFICE": self.office}
        try:
            done = subprocess.run(shlex.split(self.command), env=env,  # noqa: S603 - configured
                                  timeout=TIMEOUT_S, capture_output=True, check=False)
        except (OSError, subprocess.TimeoutExpired, ValueError) as exc:
            log.warning("staff call: the command failed (%s)", type(exc).__name__)
            return False
        if done.returncode != 0:
            log.warning("staff call: the command exited with %d", done.returncode)
        return done.returncode == 0
