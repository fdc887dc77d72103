"""The citizen's session: which step they are on and what they entered.

Qt-free; the UI asks it where to go and shows the matching screen. One
``Session`` lives from the language choice to the end of the receipt (or the
idle timeout) and is then wiped: every answer, the signature and the
references are dropped, so nothing of one citizen reaches the next.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from kiosk.base.i18n import DEFAULT_LANGUAGE
from kiosk.identity import IdentityRecord
from kiosk.vorgang import new_vorgangsnummer

IDENTITY_SECTION = "identity"


class StepKind(Enum):
    WELCOME = "welcome"
    SERVICE = "service"
    IDENTIFY = "identify"
    SECTION = "form"
    REVIEW = "review"
    SIGN = "signature"
    RECEIPT = "receipt"


@dataclass(frozen=True)
class Step:
    kind: StepKind
    section_id: str | None = None

    @property
    def name(self) -> str:
        """Stable name for screenshots, journey logs and tests."""
        if self.kind is StepKind.SECTION:
            return f"form-{self.section_id}"
        return str(self.kind.value)


WELCOME = Step(StepKind.WELCOME)
SERVICE = Step(StepKind.SERVICE)
REVIEW = Step(StepKind.REVIEW)
SIGN = Step(StepKind.SIGN)
RECEIPT = Step(StepKind.RECEIPT)


class SessionError(RuntimeError):
    """A step was requested that the session's state does not allow (a bug)."""


class Session:
    """One citizen's journey through the terminal."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language
        self.service_id: str | None = None
        self.answers: dict[str, str] = {}
        self.signature: Any = None
        self.vorgangsnummer: str | None = None
        self.idempotency_key: str | None = None
        self.identity = IdentityRecord()
        self._steps: list[Step] = [WELCOME, SERVICE]
        self._index = 0
        self._return_to_review = False

    # -- where we are -------------------------------------------------------
    @property
    def step(self) -> Step:
        return self._steps[self._index]

    @property
    def steps(self) -> Sequence[Step]:
        return tuple(self._steps)

    @property
    def progress(self) -> tuple[int, int]:
        """(current, total) counting from the service choice to the signature."""
        journey = [s for s in self._steps if s.kind not in (StepKind.WELCOME, StepKind.RECEIPT)]
        if self.service_id is not None and self.step in journey:
            return journey.index(self.step) + 1, len(journey)
        return 0, len(journey)

    @property
    def submitted(self) -> bool:
        return self.vorgangsnummer is not None

    # -- moving -------------------------------------------------------------
    def begin(self, language: str) -> Step:
        """The citizen chose a language on the welcome screen."""
        self.language = language
        self._index = self._steps.index(SERVICE)
        return self.step

    def choose_service(self, service_id: str, section_ids: Sequence[str]) -> Step:
        """Set the service and lay out the form's steps (identity first)."""
        if self.step != SERVICE:
            raise SessionError("service can only be chosen on the service step")
        if self.service_id != service_id:
            self.answers.clear()
            self.identity.clear()
            self.signature = None
        self.service_id = service_id
        steps = [WELCOME, SERVICE]
        if IDENTITY_SECTION in section_ids:
            steps.append(Step(StepKind.IDENTIFY, IDENTITY_SECTION))
        steps += [Step(StepKind.SECTION, s) for s in section_ids if s != IDENTITY_SECTION]
        steps += [REVIEW, SIGN, RECEIPT]
        self._steps = steps
        return self.advance()

    def advance(self) -> Step:
        if self.step in (SIGN, RECEIPT):
            raise SessionError("the signature step ends with submit(), not advance()")
        if self._return_to_review and self.step.section_id is not None:
            self._return_to_review = False
            self._index = self._steps.index(REVIEW)
        else:
            self._index += 1
        return self.step

    def back(self) -> Step:
        if self.step in (WELCOME, RECEIPT):
            raise SessionError("no way back from here")
        self._return_to_review = False
        self._index -= 1
        return self.step

    def edit(self, section_id: str) -> Step:
        """From the review: change one section, then come back to the review."""
        for index, step in enumerate(self._steps):
            if step.section_id == section_id:
                self._index = index
                self._return_to_review = True
                return step
        raise SessionError(f"no section {section_id!r} in this form")

    def record(self, answers: Mapping[str, str]) -> None:
        self.answers.update(answers)

    def prepare_submission(self) -> tuple[str, str]:
        """Fix the references once; a retry after a storage error reuses them."""
        if self.step != SIGN:
            raise SessionError("only the signature step submits")
        if self.vorgangsnummer is None or self.idempotency_key is None:
            import uuid

            self.vorgangsnummer = new_vorgangsnummer()
            self.idempotency_key = uuid.uuid4().hex
        return self.vorgangsnummer, self.idempotency_key

    def finish_submission(self) -> Step:
        """The application is durably queued: show the receipt."""
        if self.vorgangsnummer is None:
            raise SessionError("prepare_submission() first")
        self.answers.clear()
        self.identity.clear()
        self.signature = None
        self._index = self._steps.index(RECEIPT)
        return self.step

    def wipe(self) -> None:
        """Forget everything about this citizen."""
        self.answers.clear()
        self.answers = {}
        self.identity.clear()
        self.signature = None
        self.service_id = None
        self.vorgangsnummer = None
        self.idempotency_key = None
        self.language = DEFAULT_LANGUAGE
        self._steps = [WELCOME, SERVICE]
        self._index = 0
        self._return_to_review = False
