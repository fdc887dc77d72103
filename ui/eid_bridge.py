"""The Qt side of the eID handler: prompts from the eid thread become signals.

``EidBridge`` is the ``EidHandlerBase`` the workflow calls on the eid thread
(Electrum's ``QtHandlerBase``): each prompt is emitted as a queued signal to
the GUI thread, and the eid thread waits on a ``threading.Event`` until the
screen calls ``answer()`` (or ``cancel()``). The end of every workflow comes
back as ``finished(EidOutcome)``. No widget is touched from the eid thread.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from devices.eid.messages import AccessRights, Certificate, Reader, Secret, Status
from devices.eid.service import EidService
from devices.eid.workflow import EidHandlerBase, SecretRequest
from ui.qt import QObject, Signal

if TYPE_CHECKING:
    from devices.eid.service import EidConfig, EidOutcome, EidService

log = logging.getLogger(__name__)
# A prompt nobody answers (the screen is gone) gives up after this long.
ANSWER_TIMEOUT_S = 600.0


class EidBridge(QObject, EidHandlerBase):
    consentRequested = Signal(object, object)  # AccessRights, Certificate
    secretRequested = Signal(object)  # SecretRequest
    keypadEntry = Signal(object)  # SecretRequest
    cardNeeded = Signal()
    cardBlocked = Signal()
    progress = Signal(object)  # Status
    finished = Signal(object)  # EidOutcome

    def __init__(self, config: EidConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.service: EidService | None = None
        self._answered = threading.Event()
        self._cancelled = threading.Event()
        self._answer: object = None
        self.running = False
        self.finished.connect(self._ended)

    # -- GUI thread ----------------------------------------------------------
    def start(self, *, prepare: bool = True) -> None:
        """Create the eid thread (after the first frame); start AusweisApp if configured."""

        if self.service is None:
            self.service = EidService(self.config, self)
            if prepare:
                self.service.prepare()

    def run_auth(self) -> None:
        self.start(prepare=False)
        assert self.service is not None
        self._cancelled.clear()
        self.running = True
        self.service.run_auth(self)

    def answer(self, value: object) -> None:
        """The citizen answered the current prompt (a Secret, True/False)."""
        self._answer = value
        self._answered.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._answered.set()
        if self.service is not None:
            self.service.cancel()

    def stop(self) -> None:
        self.cancel()
        if self.service is not None:
            self.service.stop()
            self.service = None

    def _ended(self, _outcome: object) -> None:
        self.running = False

    # -- EidHandlerBase, called on the eid thread --------------------------------
    def _ask(self, emit: object) -> object:
        self._answered.clear()
        self._answer = None
        if self._cancelled.is_set():
            return None
        assert callable(emit)
        emit()
        if not self._answered.wait(ANSWER_TIMEOUT_S):
            log.warning("eID prompt was not answered; cancelling")
        answer, self._answer = self._answer, None
        return None if self._cancelled.is_set() else answer

    def confirm_access_rights(self, rights: AccessRights, certificate: Certificate) -> bool:
        return self._ask(lambda: self.consentRequested.emit(rights, certificate)) is True

    def ask_secret(self, request: SecretRequest) -> Secret | None:
        answer = self._ask(lambda: self.secretRequested.emit(request))
        return answer if isinstance(answer, Secret) else None

    def enter_on_keypad(self, request: SecretRequest) -> None:
        self.keypadEntry.emit(request)

    def card_needed(self) -> None:
        self.cardNeeded.emit()

    def card_blocked(self, reader: Reader) -> None:
        self.cardBlocked.emit()

    def status(self, status: Status) -> None:
        self.progress.emit(status)

    # EidListener
    def eid_finished(self, outcome: EidOutcome) -> None:
        self.finished.emit(outcome)
