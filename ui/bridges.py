"""Qt signals for listeners that are called from device and sync threads.

Qt-free workers call plain methods from their own threads; these QObjects live
on the GUI thread and re-emit each call as a signal, which Qt delivers queued
to widgets on the GUI thread. No widget is ever touched from a worker thread.
"""

from __future__ import annotations

from devices.cardreaders import ReaderState
from ui.qt import QObject, Signal


class SyncBridge(QObject):
    itemChanged = Signal(str, str, object)  # vorgangsnummer, state, case_id
    statusChanged = Signal(object)  # sync.outbox.OutboxStatus
    onlineChanged = Signal(bool)

    # SyncListener, called on the sync worker thread
    def item_changed(self, vorgangsnummer: str, state: str, case_id: str | None) -> None:
        self.itemChanged.emit(vorgangsnummer, state, case_id)

    def status_changed(self, status: object) -> None:
        self.statusChanged.emit(status)

    def online_changed(self, online: bool) -> None:
        self.onlineChanged.emit(online)


class ReaderBridge(QObject):
    readersChanged = Signal(object)  # ReaderState

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = ReaderState(False, ())
        self.readersChanged.connect(self._remember)

    # ReaderListener, called on the card-reader thread
    def readers_changed(self, state: ReaderState) -> None:
        self.readersChanged.emit(state)

    def _remember(self, state: ReaderState) -> None:
        self.state = state
