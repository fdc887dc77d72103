"""One application, as it was signed: built once, and everything else is a view of it.

``ApplicationRecord.build`` takes the form, the citizen's answers and the facts
of the moment of signing; it keeps only the answers to questions that were
asked (a later choice can hide a question: data minimisation), normalized. The
application PDF shows it, the PDF's JSON attachment and the outbox's metadata
are :meth:`ApplicationRecord.as_json` (one codec: ``forms.answers``), the
signature field's appearance and the PAdES signature take :attr:`signer_name`
and :attr:`ink` from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any, Final

from forms.answers import Answer, Answers, answers_to_json
from forms.fachdaten import fit_connect_block
from forms.fim_data import fim_data
from forms.model import FormDef
from forms.payment import PaymentInfo
from forms.signing.capture import Ink
from forms.validation import visible_answers

# The version of ``as_json``'s layout (the case system reads it).
RECORD_FORMAT: Final = 2
# How the citizen was identified (``Identification.method``).
METHODS: Final = ("typed", "chip-bac", "chip-pace", "eid", "visual_check")

_EMPTY: Final[Mapping[str, str]] = MappingProxyType({})


def signer_name(form: FormDef, answers: Answers) -> str:
    """Given and family name, from the fields the form prefills with those attributes."""
    by_attribute = {f.prefill: f.id for f in form.all_fields() if f.prefill}
    parts = (answers.get(by_attribute.get(a, ""), "") for a in ("given_names", "family_name"))
    return " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())


@dataclass(frozen=True, repr=False)
class Identification:
    """How the citizen was identified, and where each identity answer came from."""

    method: str = "typed"
    detail: Mapping[str, str] = field(default_factory=lambda: _EMPTY)  # e.g. eID result codes
    document: Mapping[str, str] = field(default_factory=lambda: _EMPTY)  # nationality, type…
    sources: Mapping[str, str] = field(default_factory=lambda: _EMPTY)  # field id -> chip/typed

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"unknown identification method {self.method!r}")
        for name in ("detail", "document", "sources"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    def __repr__(self) -> str:
        return f"Identification({self.method})"


@dataclass(frozen=True, repr=False)
class ApplicationRecord:
    form: FormDef
    service_id: str
    language: str  # the citizen's language during the session
    vorgangsnummer: str
    idempotency_key: str
    signed_at: datetime  # timezone-aware
    terminal_id: str
    office_name: str
    place: str
    answers: Mapping[str, Answer]  # the asked questions' answers, normalized
    ink: Ink
    identification: Identification = field(default_factory=Identification)
    # How the fee was paid (fail closed: "not paid" until the payment service says more).
    payment: PaymentInfo = field(default_factory=PaymentInfo)

    def __post_init__(self) -> None:
        if self.signed_at.tzinfo is None or self.signed_at.utcoffset() is None:
            raise ValueError("signed_at must be timezone-aware")

    @classmethod
    def build(cls, *, form: FormDef, answers: Answers, **facts: Any) -> ApplicationRecord:
        """The record of ``answers`` to ``form``: hidden questions dropped, texts normalized."""
        return cls(form=form, answers=MappingProxyType(visible_answers(form, answers)),
                   **facts)

    @property
    def signer_name(self) -> str:
        return signer_name(self.form, self.answers)

    def as_json(self) -> dict[str, Any]:
        """The machine-readable application: the PDF's attachment, the submission metadata."""
        ident = self.identification
        return {
            "format": RECORD_FORMAT,
            "form_id": self.form.id,
            "form_version": self.form.version,
            "submission_service": self.form.submission_service,
            "service_id": self.service_id,
            "language": self.language,
            "vorgangsnummer": self.vorgangsnummer,
            "signed_at": self.signed_at.isoformat(),
            "terminal_id": self.terminal_id,
            "office_name": self.office_name,
            "place": self.place,
            "fee": {"amount_cents": self.form.fee_cents, "currency": self.form.fee_currency},
            "payment": self.payment.as_json(),
            # The same in the shape of FIT-Connect's submission metadata.
            **({"paymentInformation": self.payment.payment_information()}
               if self.form.fee_cents else {}),
            **({"fit_connect": block} if (block := fit_connect_block(self.form)) else {}),
            "identification": ident.method,
            **({"identification_detail": dict(ident.detail)} if ident.detail else {}),
            "answer_sources": dict(ident.sources),
            "identity_document": dict(ident.document),
            # Files as name, media type, size and SHA-256: the PDF carries them.
            "answers": answers_to_json(self.form, self.answers),
            # For a form imported from FIM: the FIM id of each section and field, so the
            # case system can map the answers back to the Stammdatenschema.
            **({"fim_ids": fim_ids} if (fim_ids := self.form.fim_ids()) else {}),
            # … and the answers in the Stammdatenschema's nesting of groups, by FIM id.
            **({"fim_data": tree} if (tree := fim_data(
                self.form, answers_to_json(self.form, self.answers))) else {}),
        }

    def __repr__(self) -> str:
        return f"ApplicationRecord({self.form.id}, {self.vorgangsnummer})"
