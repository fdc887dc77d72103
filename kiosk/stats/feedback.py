"""The satisfaction question: five faces, then at most one reason; no free text.

The scores follow the usual five-point scale (1 very dissatisfied … 5 very satisfied);
the reasons are a short fixed list of topics, so an answer never carries what a citizen
wrote. The receipt screen asks at the end of a journey, the feedback screen after a
citizen cancelled (``ui.feedback``).
"""

from __future__ import annotations

from typing import Final, NamedTuple

from kiosk.base.i18n import N_, Message


class Face(NamedTuple):
    score: int  # 1 … 5
    name: Message  # the button's text and accessible name


class Reason(NamedTuple):
    id: str  # stored as is
    name: Message


FACES: Final = (
    Face(1, N_("Feedback", "Very dissatisfied")),
    Face(2, N_("Feedback", "Dissatisfied")),
    Face(3, N_("Feedback", "Neither")),
    Face(4, N_("Feedback", "Satisfied")),
    Face(5, N_("Feedback", "Very satisfied")),
)
SCORES: Final = frozenset(face.score for face in FACES)

REASONS: Final = (
    Reason("duration", N_("Feedback", "How long it took")),
    Reason("questions", N_("Feedback", "Understanding the questions")),
    Reason("identification", N_("Feedback", "Identifying myself")),
    Reason("payment", N_("Feedback", "Paying the fee")),
    Reason("operation", N_("Feedback", "Using the screen")),
    Reason("other", N_("Feedback", "Something else")),
)
REASON_IDS: Final = frozenset(reason.id for reason in REASONS)

QUESTION: Final = N_("Feedback", "How satisfied are you with this terminal?")
OPTIONAL: Final = N_("Feedback", "Optional and anonymous: one tap is enough.")
REASON_QUESTION: Final = N_("Feedback", "What mattered most to you?")
THANKS: Final = N_("Feedback", "Thank you for your feedback.")
ABANDONED: Final = N_("Feedback", "Your entries have been deleted.")
FINISH: Final = N_("Feedback", "Finish")


def check_answer(score: int, reason: str | None) -> None:
    """A score of the scale and a reason of the list (or none); anything else is a bug."""
    if score not in SCORES:
        raise ValueError(f"no such satisfaction score: {score!r}")
    if reason is not None and reason not in REASON_IDS:
        raise ValueError(f"no such reason: {reason!r}")
