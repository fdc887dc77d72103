"""One citizen's journey through the terminal: where they are and what they gave.

Qt-free: the window maps each step to a screen, and the screens are views of
this object. A ``Journey`` lives from the language choice to the end of the
receipt (or the idle timeout) and is then wiped: answers, the identity, the
signature and the references are dropped, and the language, the text size and
the contrast return to the terminal's defaults, so nothing of one citizen
reaches the next.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from forms.signing.capture import SignatureCapture
from kiosk.base.chip_check import record_detail
from kiosk.identity import IdentityRecord
from kiosk.vorgang import new_vorgangsnummer

if TYPE_CHECKING:
    from datetime import datetime

    from devices.icao.reader import DocumentRead  # loads on the card thread
    from forms.answers import Answer
    from forms.model import FormDef
    from forms.record import ApplicationRecord

IDENTITY_SECTION = "identity"


class StepKind(Enum):
    WELCOME = "welcome"
    SERVICE = "service"
    IDENTIFY = "identify"
    SECTION = "form"
    REVIEW = "review"
    SIGN = "signature"
    PAY = "payment"
    RECEIPT = "receipt"


class Step(NamedTuple):  # an immutable value; a NamedTuple is built without generated code
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
PAY = Step(StepKind.PAY)
RECEIPT = Step(StepKind.RECEIPT)


# The text sizes a citizen can choose, as a factor of the standard size.
MIN_TEXT_SCALE = 1.0
MAX_TEXT_SCALE = 2.0
TEXT_SCALE_STEP = 0.25


class Display(NamedTuple):
    """How this citizen wants the screens: text size and contrast (``ui.theme``)."""

    text_scale: float = MIN_TEXT_SCALE
    high_contrast: bool = False

    def larger(self) -> Display:
        return Display(min(MAX_TEXT_SCALE, self.text_scale + TEXT_SCALE_STEP),
                       self.high_contrast)

    def smaller(self) -> Display:
        return Display(max(MIN_TEXT_SCALE, self.text_scale - TEXT_SCALE_STEP),
                       self.high_contrast)

    def contrast(self, high: bool) -> Display:
        return Display(self.text_scale, high)


class JourneyError(RuntimeError):
    """A step was requested that the journey's state does not allow (a bug)."""


class Journey:
    """One citizen's journey: the steps, the answers, the identity and the signature."""

    def __init__(self, default_language: str) -> None:
        self.default_language = default_language
        self.language = default_language
        self.display = Display()
        self.service_id: str | None = None
        self.form: FormDef | None = None
        self.answers: dict[str, Answer] = {}
        self.identity = IdentityRecord()
        # The pad on the signature screen feeds this; the screen only draws it.
        self.signature = SignatureCapture(width=1.0, height=1.0)
        self.vorgangsnummer: str | None = None
        self.idempotency_key: str | None = None
        self._steps: list[Step] = [WELCOME, SERVICE]
        self._index = 0
        self._return_to_review = False

    def __repr__(self) -> str:  # the journey holds personal data: never in a log line
        return f"Journey(step={self.step.name}, service={self.service_id})"

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

    def choose_service(self, service_id: str, form: FormDef) -> Step:
        """Set the service and lay out the form's steps (identity first)."""
        if self.step != SERVICE:
            raise JourneyError("service can only be chosen on the service step")
        if self.service_id != service_id:
            self._forget_citizen()
        self.service_id = service_id
        self.form = form
        section_ids = [s.id for s in form.sections]
        steps = [WELCOME, SERVICE]
        if IDENTITY_SECTION in section_ids:
            steps.append(Step(StepKind.IDENTIFY, IDENTITY_SECTION))
        steps += [Step(StepKind.SECTION, s) for s in section_ids if s != IDENTITY_SECTION]
        # The payment step only where there is a fee (0 € skips it).
        steps += [REVIEW, SIGN, *([PAY] if form.fee_cents > 0 else []), RECEIPT]
        self._steps = steps
        return self.advance()

    def advance(self) -> Step:
        if self.step in (SIGN, PAY, RECEIPT):
            raise JourneyError("the signature and payment steps end with submit, not advance()")
        if self._return_to_review and self.step.section_id is not None:
            self._return_to_review = False
            self._index = self._steps.index(REVIEW)
        else:
            self._index += 1
        return self.step

    def back(self) -> Step:
        if self.step in (WELCOME, PAY, RECEIPT):
            raise JourneyError("no way back from here")
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
        raise JourneyError(f"no section {section_id!r} in this form")

    # -- what the citizen gives ------------------------------------------------
    def record(self, answers: Mapping[str, Answer], *, drop: Iterable[str] = ()) -> None:
        """Keep ``answers``; forget those of ``drop`` (questions no longer asked)."""
        self.answers.update(answers)
        for field_id in drop:
            self.answers.pop(field_id, None)

    def chip_read(self, result: DocumentRead) -> dict[str, str]:
        """A document's chip was read: remember it, and prefill the form's identity fields.

        Returns the prefilled answers (the identify screen shows those it holds; the
        others show when their screen is entered).
        """
        if self.form is None:
            raise JourneyError("no form to prefill")
        m = result.mrz
        self.identity.from_chip(result.protocol, m.surname, m.given_names, m.birth(),
                                nationality=m.nationality, document_type=m.document_code,
                                issuing_state=m.issuing_state, chip_check=record_detail(
                                    result.passive_authentication,
                                    result.passive_authentication_reason,
                                    result.passive_authentication_detail,
                                    result.passive_authentication_crl_checked,
                                    result.chip_authentication))
        values = self.identity.prefill(self.form)
        self.answers.update(values)
        return values

    def identified_online(self, method: str, detail: Mapping[str, str]) -> None:
        """The eID attempt ended: ``method`` "eid" (confirmed) or "typed" (not)."""
        self.identity.identification = method
        self.identity.detail = dict(detail)

    # -- submitting --------------------------------------------------------------
    def prepare_submission(self) -> tuple[str, str]:
        """Fix the references once; a retry after a storage error reuses them."""
        if self.step != SIGN:
            raise JourneyError("only the signature step submits")
        if self.vorgangsnummer is None or self.idempotency_key is None:
            self.vorgangsnummer = new_vorgangsnummer()
            self.idempotency_key = os.urandom(16).hex()  # 128 random bits, as a UUID4 has
        return self.vorgangsnummer, self.idempotency_key

    def application(self, *, signed_at: datetime, terminal_id: str, office_name: str,
                    place: str) -> ApplicationRecord:
        """The application as it is signed now (after ``prepare_submission``)."""
        # The record and the validation it applies load with the first submission; the
        # journey itself is created before the kiosk's first frame.
        from forms.record import ApplicationRecord

        if self.form is None or self.service_id is None or self.vorgangsnummer is None \
                or self.idempotency_key is None:
            raise JourneyError("prepare_submission() first")
        return ApplicationRecord.build(
            form=self.form, answers=self.answers, service_id=self.service_id,
            language=self.language, vorgangsnummer=self.vorgangsnummer,
            idempotency_key=self.idempotency_key, signed_at=signed_at,
            terminal_id=terminal_id, office_name=office_name, place=place,
            ink=self.signature.snapshot(),
            identification=self.identity.identification_of(self.form, self.answers))

    @property
    def needs_payment(self) -> bool:
        return PAY in self._steps

    def to_payment(self) -> Step:
        """The signed application is parked (kiosk.payment.parking): now the fee."""
        if self.step != SIGN or not self.needs_payment or self.vorgangsnummer is None:
            raise JourneyError("the payment step follows the signature of a form with a fee")
        self._forget_citizen()  # the parked record holds the application from here on
        self._index = self._steps.index(PAY)
        return self.step

    def finish_submission(self) -> Step:
        """The application is durably queued: forget the citizen's data, show the receipt."""
        if self.vorgangsnummer is None:
            raise JourneyError("prepare_submission() first")
        self._forget_citizen()
        self._index = self._steps.index(RECEIPT)
        return self.step

    # -- the end ----------------------------------------------------------------
    def _forget_citizen(self) -> None:
        self.answers.clear()
        self.identity.clear()
        self.signature.clear()

    def wipe(self) -> None:
        """Forget everything about this citizen; the next one starts from the beginning."""
        self._forget_citizen()
        self.service_id = None
        self.form = None
        self.vorgangsnummer = None
        self.idempotency_key = None
        self.language = self.default_language
        self.display = Display()
        self._steps = [WELCOME, SERVICE]
        self._index = 0
        self._return_to_review = False
