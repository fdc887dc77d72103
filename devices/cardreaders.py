"""Card readers and cards through PC/SC: presence, hot-plug, insert and remove events.

A single monitor thread (``card-readers``) owns the PC/SC context it watches
with; it blocks in ``SCardGetStatusChange`` (no polling loop) until a reader is
plugged or unplugged or a card is inserted or removed, and reports every change
to a listener from that thread (``ui.bridges.ReaderBridge`` re-emits it as a
queued Qt signal). A missing PC/SC service is a state, not an exception: the
listener hears ``available=False`` with a reason. Card I/O itself happens on
the reader's own worker thread (``devices.cardworker``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from kiosk.base.i18n import N_, Message

log = logging.getLogger(__name__)
PNP_NOTIFICATION = "\\\\?PnP?\\Notification"


@dataclass(frozen=True)
class ReaderState:
    available: bool
    readers: tuple[str, ...]
    reason: Message | None = None
    cards: tuple[str, ...] = ()  # the readers that hold a card

    def has_card(self, reader: str) -> bool:
        return reader in self.cards


class ReaderListener(Protocol):
    def readers_changed(self, state: ReaderState) -> None: ...


def list_readers() -> ReaderState:
    """Ask the PC/SC service once for its readers and cards. Call from the device thread."""
    watcher = PcscWatcher()
    try:
        return watcher.probe()
    finally:
        watcher.close()


class PcscWatcher:
    """One PC/SC context; ``probe`` reads the state, ``wait`` blocks until it changes."""

    def __init__(self) -> None:
        self._context: Any = None
        self._known: list[tuple[str, int]] = []

    def _scard(self) -> Any:
        import smartcard.scard as scard

        return scard

    def _ensure_context(self) -> Any:
        scard = self._scard()
        if self._context is None:
            hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if hresult != scard.SCARD_S_SUCCESS:
                return None
            self._context = context
        return self._context

    def close(self) -> None:
        if self._context is not None:
            scard = self._scard()
            scard.SCardReleaseContext(self._context)
            self._context = None

    def probe(self) -> ReaderState:
        try:
            scard = self._scard()
        except ImportError as exc:
            log.warning("pyscard is not installed: %s", exc)
            return ReaderState(False, (), N_("Devices", "Card reading is not installed on this "
                                             "terminal."))
        context = self._ensure_context()
        if context is None:
            return ReaderState(False, (), N_("Devices", "The card reader service is not running."))
        hresult, names = scard.SCardListReaders(context, [])
        if hresult == scard.SCARD_E_NO_READERS_AVAILABLE or (hresult == 0 and not names):
            self._known = []
            return ReaderState(False, (), N_("Devices", "No card reader is connected."))
        if hresult != scard.SCARD_S_SUCCESS:
            log.info("PC/SC: listing readers failed: %s", scard.SCardGetErrorMessage(hresult))
            self.close()  # the service went away: a fresh context next time
            return ReaderState(False, (), N_("Devices", "The card reader service is not running."))
        query = [(name, scard.SCARD_STATE_UNAWARE) for name in names]
        hresult, states = scard.SCardGetStatusChange(context, 0, query)
        cards: list[str] = []
        self._known = []
        if hresult == scard.SCARD_S_SUCCESS:
            for name, event, _atr in states:
                self._known.append((name, event & ~scard.SCARD_STATE_CHANGED))
                if event & scard.SCARD_STATE_PRESENT and not event & scard.SCARD_STATE_MUTE:
                    cards.append(name)
        return ReaderState(True, tuple(str(n) for n in names), None, tuple(cards))

    def wait(self, timeout_s: float) -> None:
        """Block until a reader or card changes, or ``timeout_s`` passes."""
        context = self._context
        if context is None:
            threading.Event().wait(timeout_s)
            return
        scard = self._scard()
        query = [*self._known, (PNP_NOTIFICATION, scard.SCARD_STATE_UNAWARE)]
        scard.SCardGetStatusChange(context, int(timeout_s * 1000), query)

    def cancel(self) -> None:
        if self._context is not None:
            self._scard().SCardCancel(self._context)


class ReaderMonitor:
    """Watches readers and cards on its own thread and reports changes."""

    def __init__(self, listener: ReaderListener, *, interval_s: float = 2.0,
                 probe: Callable[[], ReaderState] | None = None) -> None:
        self._listener = listener
        self._interval_s = interval_s
        self._watcher = PcscWatcher() if probe is None else None
        self._probe = probe
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="card-readers", daemon=True)
        self._last: ReaderState | None = None

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._watcher is not None:
            self._watcher.cancel()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                state = self._watcher.probe() if self._watcher else self._probe()  # type: ignore[misc]
                if state != self._last:
                    self._last = state
                    self._listener.readers_changed(state)
                if self._watcher is not None and state.available:
                    self._watcher.wait(self._interval_s)
                else:
                    self._stop.wait(self._interval_s)
        finally:
            if self._watcher is not None:
                self._watcher.close()
