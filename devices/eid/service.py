"""The eid worker thread: it alone talks to AusweisApp (and starts it when told to).

The UI asks for a workflow (``run_auth``, ``run_change_pin``, ``info``); the
job runs on the single ``eid`` thread, which opens the SDK connection, runs
the workflow with the given handler, sends CANCEL when it stops early, closes
the connection, and reports an ``EidOutcome`` to the listener from that
thread (``ui`` re-emits it as a Qt signal). Failures are outcomes, not
exceptions: AusweisApp or the eID server out of reach is ``offline``; any
other exception, also while cancelling or closing, is an outcome with
``EidProtocolError``, so the listener always hears the end. AusweisApp is
only talked to on the eid thread (``assert_on_eid_thread``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Protocol

from devices.eid.ausweisapp import AusweisAppProcess
from devices.eid.messages import AuthResult
from devices.eid.sdk import (
    DEFAULT_URL,
    EidInfo,
    EidProtocolError,
    EidUnavailable,
    SdkConnection,
)
from devices.eid.workflow import EidHandlerBase, WorkflowOptions, run_auth, run_change_pin
from devices.threads import OwnedThread
from kiosk.base.errors import UserFacingError

log = logging.getLogger(__name__)
MODES = ("off", "connect", "start")


@dataclass(frozen=True)
class EidConfig:
    mode: str = "off"  # "off" | "connect" (to a running AusweisApp) | "start" (our own)
    url: str = DEFAULT_URL
    tc_token_url: str = ""
    binary: str = "AusweisApp2"

    @property
    def enabled(self) -> bool:
        return self.mode != "off" and bool(self.tc_token_url)


@dataclass(frozen=True)
class EidOutcome:
    """How one workflow ended."""

    workflow: str  # "auth" | "change_pin" | "info"
    result: AuthResult | None = None
    success: bool = False
    error: UserFacingError | None = None
    info: EidInfo | None = None
    trace: tuple[str, ...] = ()

    @property
    def offline(self) -> bool:
        return isinstance(self.error, EidUnavailable) or (
            self.result is not None and self.result.offline)

    @property
    def cancelled(self) -> bool:
        return self.result is not None and self.result.cancelled


class EidListener(Protocol):
    def eid_finished(self, outcome: EidOutcome) -> None: ...


class EidService:
    """Owns the eid thread, the AusweisApp process (mode "start") and the cancel switch."""

    def __init__(self, config: EidConfig, listener: EidListener, *,
                 options: WorkflowOptions | None = None,
                 connect: Callable[[str], SdkConnection] = SdkConnection.open) -> None:
        self.config = config
        self._connect = connect
        self.listener = listener
        self.options = options or WorkflowOptions()
        self._thread = OwnedThread("eid", "AusweisApp")
        self._process: AusweisAppProcess | None = None
        self._cancel = threading.Event()

    def assert_on_eid_thread(self) -> None:
        """Raise ``devices.threads.WrongThread`` unless called on the eid thread."""
        self._thread.assert_owner()

    def prepare(self) -> Future[None]:
        """Start AusweisApp now (mode "start") so the first citizen need not wait."""
        return self._thread.submit(self._prepare_quietly)

    def _prepare_quietly(self) -> None:
        try:
            self._url()
        except UserFacingError as exc:
            log.warning("eID function not available: %s", exc.detail or type(exc).__name__)
        except Exception:  # the next workflow tries again and reports what it finds
            log.exception("starting AusweisApp failed unexpectedly")

    def _url(self) -> str:
        self.assert_on_eid_thread()
        if self.config.mode != "start":
            return self.config.url
        if self._process is None or not self._process.running:
            if self._process is not None:
                log.warning("AusweisApp stopped; starting it again")
                self._process.stop()
            self._process = AusweisAppProcess(self.config.binary)
            try:
                self._process.start()
            except EidUnavailable:
                self._process = None
                raise
        return self._process.url

    def run_auth(self, handler: EidHandlerBase) -> Future[None]:
        tc_token_url = self.config.tc_token_url
        return self._submit("auth", lambda conn, cancel: EidOutcome(
            "auth", result=run_auth(conn, handler, tc_token_url, cancel=cancel,
                                    options=self.options)))

    def run_change_pin(self, handler: EidHandlerBase) -> Future[None]:
        return self._submit("change_pin", lambda conn, cancel: EidOutcome(
            "change_pin", success=run_change_pin(conn, handler, cancel=cancel,
                                                 options=self.options)))

    def info(self) -> Future[None]:
        return self._submit("info", lambda conn, _c: EidOutcome("info", success=True,
                                                                info=conn.info()))

    def cancel(self) -> None:
        """Stop the running workflow (the citizen left, or pressed Cancel)."""
        self._cancel.set()

    def _submit(self, workflow: str,
                body: Callable[[SdkConnection, threading.Event], EidOutcome]) -> Future[None]:
        # A fresh switch per workflow: a cancelled one still ending keeps its own.
        cancel = self._cancel = threading.Event()
        return self._thread.submit(self._run, workflow, body, cancel)

    def _run(self, workflow: str, body: Callable[[SdkConnection, threading.Event], EidOutcome],
             cancel: threading.Event) -> None:
        self.assert_on_eid_thread()
        conn: SdkConnection | None = None
        try:
            conn = self._connect(self._url())
            if workflow != "info":
                conn.negotiate()
            outcome = body(conn, cancel)
        except UserFacingError as exc:
            log.warning("eID %s failed: %s", workflow, exc.detail or type(exc).__name__)
            outcome = EidOutcome(workflow, error=exc)
            if conn is not None and not isinstance(exc, EidUnavailable):
                _cancel_quietly(conn)
        except Exception as exc:  # a bug: the UI must still hear that the workflow ended
            log.exception("eID %s failed unexpectedly", workflow)
            outcome = EidOutcome(workflow, error=EidProtocolError(type(exc).__name__))
            if conn is not None:
                _cancel_quietly(conn)
        finally:
            if conn is not None:
                _close_quietly(conn)
        if conn is not None:
            outcome = EidOutcome(outcome.workflow, outcome.result, outcome.success,
                                 outcome.error, outcome.info, tuple(conn.trace))
        self.listener.eid_finished(outcome)

    def stop(self) -> None:
        self._cancel.set()
        self._thread.shutdown(wait=True, cancel_futures=True)
        if self._process is not None:
            self._process.stop()
            self._process = None


def _cancel_quietly(conn: SdkConnection) -> None:
    try:
        conn.send("CANCEL")
    except UserFacingError as exc:
        log.debug("CANCEL after an error was not delivered: %s", exc.detail)
    except Exception as exc:  # noqa: BLE001 - the workflow has failed already; report that
        log.warning("CANCEL after an error failed: %s", type(exc).__name__)


def _close_quietly(conn: SdkConnection) -> None:
    try:
        conn.close()
    except Exception as exc:  # noqa: BLE001 - the outcome must still reach the listener
        log.warning("closing the eID connection failed: %s", type(exc).__name__)
