"""Qt signals for listeners that are called from device and sync threads.

Qt-free workers call plain methods from their own threads; these QObjects live
on the GUI thread and re-emit each call as a signal, which Qt delivers queued
to widgets on the GUI thread. No widget is ever touched from a worker thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from devices.cardreaders import ReaderState
from ui.qt import QObject, Signal

if TYPE_CHECKING:
    from devices.cardworker import ReaderWorker, ReaderWorkers


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
    """Reader and card events from the card-reader thread, for the GUI thread.

    The monitor's report crosses threads once (``_reported``, queued); the public
    signals are emitted on the GUI thread *after* :attr:`state` is updated, so a
    screen built at any moment either sees the new state or gets the signal.
    (Connecting a screen straight to a cross-thread signal would miss a report
    that was already on its way when the screen was built.)
    """

    _reported = Signal(object)  # ReaderState, from the card-reader thread
    readersChanged = Signal(object)  # ReaderState (emitted on the GUI thread)
    cardInserted = Signal(str)  # reader name (emitted on the GUI thread)
    cardRemoved = Signal(str)

    def __init__(self, parent: QObject | None = None, *, csca_dir: Path | None = None,
                 master_list_anchor: Path | None = None) -> None:
        super().__init__(parent)
        self.state = ReaderState(False, ())
        self.workers: ReaderWorkers | None = None  # made on first use
        # Passive authentication of every chip read (settings csca_dir and
        # csca_master_list_anchor); no store: the chip is read and recorded as not checked.
        self.csca_dir = csca_dir
        self.master_list_anchor = master_list_anchor
        self.last_inserted: str | None = None
        self._reported.connect(self._remember)

    # ReaderListener, called on the card-reader thread
    def readers_changed(self, state: ReaderState) -> None:
        self._reported.emit(state)

    def _remember(self, state: ReaderState) -> None:
        before = set(self.state.cards)
        self.state = state
        self.readersChanged.emit(state)
        for reader in state.cards:
            if reader not in before:
                self.last_inserted = reader
                self.cardInserted.emit(reader)
        for reader in before - set(state.cards):
            self.cardRemoved.emit(reader)

    def reader_with_card(self) -> str | None:
        """The reader whose card came last (a citizen's document), else any with a card."""
        if self.last_inserted in self.state.cards:
            return self.last_inserted
        return next(iter(self.state.cards), None)

    def worker(self, reader: str) -> ReaderWorker:
        """The reader's own worker thread."""
        # The chip reader's crypto libraries stay off the start-up path; by the first read
        # ui.app's card-imports thread has loaded them.
        from devices.cardworker import ReaderWorkers

        if self.workers is None:
            self.workers = ReaderWorkers()
        return self.workers.worker(reader)

    def shutdown(self) -> None:
        if self.workers is not None:
            self.workers.shutdown()


class CardReadBridge(QObject):
    """CardReadListener for one read: worker-thread calls become queued signals."""

    progress = Signal(str, str, float)  # reader, stage, fraction
    done = Signal(str, object)  # reader, devices.icao.reader.DocumentRead
    failed = Signal(str, object)  # reader, UserFacingError

    def read_progress(self, reader: str, stage: str, fraction: float) -> None:
        self.progress.emit(reader, stage, fraction)

    def read_done(self, reader: str, result: object) -> None:
        self.done.emit(reader, result)

    def read_failed(self, reader: str, error: object) -> None:
        self.failed.emit(reader, error)
