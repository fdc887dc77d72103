"""Where the identity fields came from: the document's chip or the citizen's typing.

Qt-free. ``IdentityRecord`` lives in the journey: after a chip read it holds
the values that were prefilled; ``sources()`` compares them with the final
answers, so a field the citizen corrected counts as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from kiosk.base.i18n import N_, Message

if TYPE_CHECKING:  # the journey (and with it this record) exists before the first frame
    from devices.icao.mrz_dates import MrzDate
    from forms.answers import Answer
    from forms.model import FormDef
    from forms.record import Identification

# The identity attributes a chip read gives (and whose source the PDF notes).
CHIP_ATTRIBUTES = ("family_name", "given_names", "date_of_birth")


def mrz_name(text: str) -> str:
    """'MUELLER' -> 'Mueller', 'ANNA MARIA' -> 'Anna Maria', 'VON DER HEIDE' kept readable."""
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in text.split())


# What the identify screen tells the citizen about a date of birth or a name the
# document gives only in part.
BIRTH_PARTIAL = N_("Identity", "Your document does not give your full date of birth: 00 "
                   "stands for the day or month it leaves open. Please complete the date if "
                   "you know it, or leave it as it is.")
BIRTH_CENTURY = N_("Identity", "Please check the year of birth: the document gives only its "
                   "last two digits.")
BIRTH_UNREADABLE = N_("Identity", "The date of birth could not be read from the document. "
                      "Please type it in.")
NO_FAMILY_NAME = N_("Identity", "Your document gives no family name. If you have one, please "
                    "enter it; if you have only one name, please ask the staff.")


def mrz_date_to_form(birth: MrzDate) -> str:
    """The form's DD.MM.YYYY, '00' for a day or month the document leaves open.

    '' when not even the year is known (the field stays empty for the citizen).
    """
    if birth.year is None:
        return ""
    return f"{birth.day or 0:02d}.{birth.month or 0:02d}.{birth.year:04d}"


def birth_date_notes(birth: MrzDate) -> list[Message]:
    """What the citizen should check about the date of birth the chip gave."""
    if not birth.known:
        return [BIRTH_UNREADABLE]
    notes = [] if birth.complete else [BIRTH_PARTIAL]
    if not birth.century_certain:
        notes.append(BIRTH_CENTURY)
    return notes


class IdentityRecord:
    """How the citizen was identified, and what that gave; one per journey (identity,
    not value: a plain class, which costs the kiosk's start-up nothing to define)."""

    def __init__(self) -> None:
        # typed, chip-bac, chip-pace, eid (online ID function), visual_check (at the counter)
        self.identification = "typed"
        # The eID result codes, or a chip's passive authentication (kiosk.base.chip_check).
        self.detail: dict[str, str] = {}
        self.chip_values: dict[str, str] = {}
        self.document: dict[str, str] = {}  # nationality, type, state
        # What the citizen should check in the prefilled values (a partial date of birth).
        self.notes: list[Message] = []

    def from_chip(self, protocol: str, surname: str, given_names: str, birth: MrzDate,
                  *, nationality: str, document_type: str, issuing_state: str,
                  chip_check: Mapping[str, str]) -> dict[str, str]:
        """Remember a chip read and its passive authentication (``chip_check``: the
        record's detail, ``kiosk.base.chip_check.record_detail``); returns the values to
        prefill.

        Only what the document gives is prefilled: no family name when it has no
        primary identifier, a date of birth with '00' for an unknown day or month,
        none when even the year is unknown; ``notes`` says what to check.
        """
        self.identification = "chip-pace" if protocol == "PACE" else "chip-bac"
        self.detail = dict(chip_check)
        values = {
            "family_name": mrz_name(surname),
            "given_names": mrz_name(given_names),
            "date_of_birth": mrz_date_to_form(birth),
        }
        self.chip_values = {k: v for k, v in values.items() if v}
        self.notes = birth_date_notes(birth)
        if not surname.strip():
            self.notes.append(NO_FAMILY_NAME)
        self.document = {"nationality": nationality, "document_type": document_type,
                         "issuing_state": issuing_state}
        return dict(self.chip_values)

    def prefill(self, form: FormDef) -> dict[str, str]:
        """The form's answers from the chip's attributes, by each field's ``prefill``.

        Call after ``from_chip``; afterwards ``chip_values`` is keyed by the form's
        field ids, so ``sources()`` follows whatever the form calls its fields.
        """

        # The forms package loads with the first form, after the kiosk's first frame.
        from forms.model import prefill_answers

        self.chip_values = prefill_answers(form, self.chip_values)
        return dict(self.chip_values)

    def sources(self, form: FormDef, answers: Mapping[str, Answer]) -> dict[str, str]:
        """Per identity field: 'chip' when the answer is still the chip's value, else 'typed'.

        The identity fields are those the form prefills with a chip attribute.
        """
        fields = [f.id for f in form.all_fields() if f.prefill in CHIP_ATTRIBUTES]
        fields += [f for f in self.chip_values if f not in fields]
        return {f: "chip" if f in self.chip_values and answers.get(f) == self.chip_values[f]
                else "typed" for f in fields if answers.get(f)}

    def identification_of(self, form: FormDef, answers: Mapping[str, Answer]) -> Identification:
        """What the application records about the citizen's identification."""
        # The record's module loads with the first submission (see Journey.application).
        from forms.record import Identification

        return Identification(self.identification, self.detail, self.document,
                              self.sources(form, answers))

    def __repr__(self) -> str:
        return f"IdentityRecord({self.identification})"

    def clear(self) -> None:
        self.identification = "typed"
        self.detail.clear()
        self.chip_values.clear()
        self.document.clear()
        self.notes.clear()
