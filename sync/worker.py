"""The sync worker: one thread that sends queued applications to the case system.

Qt-free. The :class:`Outbox` and the :class:`~sync.protocol.IntakeClient` are
created inside the worker thread (SQLite objects belong to one thread, and
``import requests`` stays off the GUI thread). Listener callbacks are called
from the worker thread; the Qt side re-emits them as queued signals.

Loop: take the next due item → :func:`sync.delivery.deliver` moves it through
announced → uploading → completed → confirmed, recording each step only after
the server acknowledged it | network trouble: the item keeps its progress and is
retried with exponential backoff and full jitter (Retry-After honoured as a
floor, capped) | refused: "failed" (kept for staff). Between items the thread
waits on a ``threading.Event`` until the next item is due, :meth:`SyncWorker.wake`
is called, or :meth:`SyncWorker.stop` is called. While offline it checks the
server's health every ``offline_poll_s``; when the network returns, every
waiting item becomes due at once. Confirmed items lose their personal data
after the retention period (``retention_days``; 0, the default: at once).
Listener states: "queued", "sending", "sent", "failed".
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kiosk.base.errors import NetworkError, ServerRefused, StorageError, UserFacingError
from sync.delivery import ServiceFacts, deliver, read_verdict
from sync.outbox import COMPLETED, SENDING, SUBMITTED, Outbox
from sync.protocol import RetryLater, SubmissionUnknown

if TYPE_CHECKING:
    from sync.outbox import Outbox, OutboxItem, OutboxStatus
    from sync.protocol import IntakeClient

#: The stand-in's destination (sync.reference.server) and the setting's default.
DEFAULT_DESTINATION = "8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63"

log = logging.getLogger(__name__)


class SyncListener(Protocol):
    def item_changed(self, vorgangsnummer: str, state: str, case_id: str | None) -> None: ...
    def status_changed(self, status: OutboxStatus) -> None: ...
    def online_changed(self, online: bool) -> None: ...


def backoff_delay(attempt: int, base_s: float, cap_s: float,
                  retry_after_s: float | None = None,
                  rng: Callable[[float, float], float] = random.uniform) -> float:
    """Full-jitter exponential backoff for failed attempt number ``attempt`` (0-based).

    ``uniform(0, min(cap, base * 2**attempt))``, raised to ``retry_after_s`` if the
    server asked for more.
    """
    ceiling = min(cap_s, base_s * 2.0 ** min(attempt, 60))
    delay = rng(0.0, ceiling)
    if retry_after_s is not None:
        delay = max(delay, retry_after_s)
    return delay


class QuietListener:
    """A ``SyncListener`` that ignores everything (command-line runs, benchmarks)."""

    def item_changed(self, vorgangsnummer: str, state: str, case_id: str | None) -> None:
        pass

    def status_changed(self, status: OutboxStatus) -> None:
        pass

    def online_changed(self, online: bool) -> None:
        pass


class SyncWorker:
    """Sends the outbox in the background. ``start()`` once, ``stop()`` once."""

    def __init__(
        self,
        db_path: Path,
        key_path: Path,
        client_factory: Callable[[], IntakeClient],
        listener: SyncListener,
        *,
        backoff_base_s: float = 2.0,
        backoff_cap_s: float = 300.0,
        idle_poll_s: float = 30.0,
        offline_poll_s: float = 10.0,
        retention_s: float = 7 * 86400.0,
        destination_id: str = DEFAULT_DESTINATION,
        destinations: Mapping[str, str] | None = None,
        retry_after_cap_s: float = 3600.0,
        region: str | None = None,
        service_facts: ServiceFacts | None = None,
    ) -> None:
        self._db_path = db_path
        self._key_path = key_path
        self._client_factory = client_factory
        self._listener = listener
        self._base = backoff_base_s
        self._cap = backoff_cap_s
        self._idle_poll = idle_poll_s
        self._offline_poll = offline_poll_s
        self._retention_s = retention_s
        self._destination_id = destination_id
        # service id → destination id; a service not named goes to destination_id
        self._destinations = dict(destinations or {})
        self._retry_after_cap = retry_after_cap_s
        self._region = region  # announced with every submission (FIT-Connect routing)
        self._service_facts = service_facts  # for records queued before FIT-Connect v2
        self._last_purge = 0.0
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sync-worker", daemon=False)
        self._online: bool | None = None
        self._outbox: Outbox | None = None
        self._client: IntakeClient | None = None
        self._error_streak = 0

    # -- public, any thread --------------------------------------------------------------

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """Send now (call after an enqueue)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Let the current request finish, then end the thread; waits up to ``timeout``."""
        self._stopping.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("sync worker did not stop within %.1f s", timeout)

    @property
    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def run_once(self, max_items: int | None = None, *,
                 settle_s: float = 10.0) -> dict[str, int]:
        """On the calling thread: try every item that is due now once; returns counts.

        Then, for up to ``settle_s``, read the server's verdict on what it took but
        has not decided yet (the intake server decides a moment after completion).
        For ``buergerbuero sync --once`` and tests; do not mix with :meth:`start`.
        """
        counts = {"processed": 0, "sent": 0, "sending": 0, "queued": 0, "failed": 0}
        outbox, client = self._ensure_open()
        try:
            started = time.time()
            while max_items is None or counts["processed"] < max_items:
                item = outbox.next_due(started)
                if item is None:
                    break
                counts[self.process(outbox, client, item)] += 1
                counts["processed"] += 1
            self._settle(outbox, client, counts, time.time() + settle_s)
            outbox.purge_confirmed(self._retention_s)
        finally:
            self._close()
        return counts

    def _settle(self, outbox: Outbox, client: IntakeClient, counts: dict[str, int],
                deadline: float) -> None:
        """Read the verdict on completed items (counted as sending) until ``deadline``.

        Oldest first, whatever their schedule, each with a long poll: the server
        decides in order, so the first wait absorbs its backlog and the rest answer
        at once. An answer that is still undecided ends it (the wait ran out, or the
        server does not hold answers): the regular schedule reads it again later,
        rather than asking again and again here.
        """

        while counts["sending"] and time.time() < deadline:
            item = outbox.next_due(deadline, verdicts_only=True)
            if item is None:
                return
            try:
                state, case_id = read_verdict(outbox, client, item,
                                              max(0.0, deadline - time.time()),
                                              self.destination_for(item))
            except StorageError:
                raise
            except Exception:  # noqa: BLE001 - any trouble: the regular loop reads it later
                return
            if state == "sending":
                return
            self._listener.item_changed(item.application.vorgangsnummer, state, case_id)
            self._purge_at_once(outbox, state, item.id)
            counts["sending"] -= 1
            counts[state] += 1

    # -- worker thread -------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                try:
                    timeout = self._iteration()
                    self._error_streak = 0
                except Exception as exc:  # noqa: BLE001 - the loop must survive anything
                    timeout = self._after_unexpected(exc)
                if timeout > 0:
                    self._wake.wait(timeout)
                self._wake.clear()
        finally:
            self._close()

    def _after_unexpected(self, exc: Exception) -> float:
        detail = exc.detail if isinstance(exc, UserFacingError) else ""
        # Log the type and technical detail only: exception text could carry data.
        log.error("sync worker iteration failed: %s %s", type(exc).__name__, detail,
                  exc_info=not isinstance(exc, UserFacingError))
        # Never retry a failing iteration immediately: at least half the base delay.
        delay = max(self._base / 2, backoff_delay(self._error_streak, self._base, self._cap))
        self._error_streak += 1
        # Reopen everything next time; reopening puts an item stuck in "sending" back.
        self._close()
        return delay

    def _ensure_open(self) -> tuple[Outbox, IntakeClient]:
        if self._outbox is None:
            self._outbox = Outbox(self._db_path, self._key_path)
            self._listener.status_changed(self._outbox.status())
        if self._client is None:
            self._client = self._client_factory()
        return self._outbox, self._client

    def _close(self) -> None:
        outbox, self._outbox = self._outbox, None
        client, self._client = self._client, None
        if client is not None:
            client.close()
        if outbox is not None:
            try:
                outbox.close()
            except UserFacingError as exc:
                log.warning("closing the outbox failed: %s", exc.detail)

    def _iteration(self) -> float:
        """Handle at most one item; returns how long to wait before the next iteration."""
        outbox, client = self._ensure_open()
        item = outbox.next_due(time.time())
        if item is None:
            return self._idle(outbox, client)
        self.process(outbox, client, item)
        self._listener.status_changed(outbox.status())
        return 0.0  # look for the next due item straight away

    def _purge_at_once(self, outbox: Outbox, state: str, item_id: int) -> None:
        """Without a retention period the local copy goes as soon as the office has it."""
        if state == "sent" and self._retention_s <= 0:
            outbox.purge_item(item_id)

    def destination_for(self, item: OutboxItem) -> str:
        """Where ``item`` goes: where it was announced to, else its service's destination
        (the ``destinations`` setting), else the terminal's one ``destination_id``."""
        return (item.destination_id
                or self._destinations.get(item.application.service_id, self._destination_id))

    def process(self, outbox: Outbox, client: IntakeClient, item: OutboxItem) -> str:
        """Deliver one item as far as possible; returns the listener state."""

        app = item.application
        self._listener.item_changed(app.vorgangsnummer, "sending", None)
        try:
            state, case_id = deliver(outbox, client, item, self.destination_for(item),
                                     region=self._region, service_facts=self._service_facts)
        except NetworkError as exc:
            retry_after = exc.retry_after_s if isinstance(exc, RetryLater) else None
            if retry_after is not None:
                retry_after = min(retry_after, self._retry_after_cap)
            delay = backoff_delay(item.attempts, self._base, self._cap, retry_after)
            outbox.mark_retry(item.id, exc.detail or type(exc).__name__, time.time() + delay)
            log.info("sync: item %d not sent (%s), retry in %.1f s", item.id, exc.detail, delay)
            self._listener.item_changed(app.vorgangsnummer, "queued", None)
            # A server that answers "busy" is reachable: wait as told, not for the network.
            self._set_online(retry_after is not None or isinstance(exc, RetryLater))
            return "queued"
        except SubmissionUnknown as exc:
            # Never announce a second time on our own: staff decide (queue retry).
            outbox.forget_submission(item.id, f"submission unknown to the service: {exc}")
            self._listener.item_changed(app.vorgangsnummer, "failed", None)
            return "failed"
        except ServerRefused as exc:
            outbox.mark_failed(item.id, exc.detail or type(exc).__name__)
            log.warning("sync: item %d refused by the server (%s)", item.id, exc.detail)
            self._listener.item_changed(app.vorgangsnummer, "failed", None)
            self._set_online(True)
            return "failed"
        except StorageError:
            raise  # the outbox itself: the loop reopens it
        except Exception as exc:
            # An answer no check foresaw: keep the item and its progress, retry with
            # backoff, and say what happened (type only: the text could carry data).
            delay = backoff_delay(item.attempts, self._base, self._cap)
            reason = f"unexpected error while sending: {type(exc).__name__}"
            outbox.mark_retry(item.id, reason, time.time() + delay)
            log.error("sync: item %d: %s, retry in %.1f s", item.id, reason, delay,
                      exc_info=True)
            self._listener.item_changed(app.vorgangsnummer, "queued", None)
            return "queued"
        log.info("sync: item %d %s", item.id, state)
        self._listener.item_changed(app.vorgangsnummer, _shown(outbox, app.vorgangsnummer,
                                                               state), case_id)
        self._purge_at_once(outbox, state, item.id)
        self._set_online(True)
        return state

    def _idle(self, outbox: Outbox, client: IntakeClient) -> float:
        """Nothing due: purge old data, check connectivity if offline, then wait."""
        now = time.time()
        if now - self._last_purge > 60.0:
            self._last_purge = now
            if outbox.purge_confirmed(self._retention_s, now):
                self._listener.status_changed(outbox.status())
        if self._online is not True and not self._stopping.is_set():
            online = client.health()
            if online and self._online is False:
                outbox.make_due_now()  # the network is back: no need to sit out the backoff
                self._set_online(True)
                return 0.0
            self._set_online(online)
        wakeup = outbox.next_wakeup()
        poll = self._idle_poll if self._online else min(self._idle_poll, self._offline_poll)
        if wakeup is None:
            return poll
        return min(poll, max(0.0, wakeup - time.time()))

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self._listener.online_changed(online)


def _shown(outbox: Outbox, vorgangsnummer: str, state: str) -> str:
    """What the receipt says: "sending" becomes "submitted" once the item is at
    FIT-Connect and only the subscriber's verdict is awaited."""
    if state != SENDING:
        return state
    stored = outbox.state_of(vorgangsnummer)
    return SUBMITTED if stored is not None and stored[0] == COMPLETED else state
