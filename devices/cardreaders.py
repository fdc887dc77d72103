"""Card reader presence through PC/SC.

The kiosk only needs to know, for now, whether a reader is attached so the
identify screen can offer 'Ausweis auflegen'. A single monitor thread owns
every PC/SC call (pyscard is not known to be thread-safe); it reports changes
to a listener from that thread. A missing PC/SC service is a state, not an
exception: the listener hears ``available=False`` with a reason.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from kiosk.i18n import N_, Message

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReaderState:
    available: bool
    readers: tuple[str, ...]
    reason: Message | None = None


class ReaderListener(Protocol):
    def readers_changed(self, state: ReaderState) -> None: ...


def list_readers() -> ReaderState:
    """Ask the PC/SC service once for its readers. Call from the device thread."""
    try:
        from smartcard.Exceptions import SmartcardException
        from smartcard.pcsc.PCSCExceptions import BaseSCardException
        from smartcard.System import readers
    except ImportError as exc:
        log.warning("pyscard is not installed: %s", exc)
        return ReaderState(False, (), N_("Devices", "Card reading is not installed on this "
                                         "terminal."))
    try:
        names = tuple(str(r) for r in readers())
    except (SmartcardException, BaseSCardException) as exc:
        log.info("PC/SC service not available: %s", type(exc).__name__)
        return ReaderState(False, (), N_("Devices", "The card reader service is not running."))
    if not names:
        return ReaderState(False, (), N_("Devices", "No card reader is connected."))
    return ReaderState(True, names)


class ReaderMonitor:
    """Watches the reader list on its own thread and reports changes."""

    def __init__(self, listener: ReaderListener, *, interval_s: float = 2.0,
                 probe: Callable[[], ReaderState] = list_readers) -> None:
        self._listener = listener
        self._interval_s = interval_s
        self._probe = probe
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="card-readers", daemon=True)
        self._last: ReaderState | None = None

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            state = self._probe()
            if state != self._last:
                self._last = state
                self._listener.readers_changed(state)
            self._stop.wait(self._interval_s)
