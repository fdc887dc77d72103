"""One session's facts, as the window reports them: nothing that identifies the person.

The window (through ``ui.statistics``) tells a ``SessionRecorder`` what happens — a
screen shown, an error shown, a mode turned on, how the citizen was identified and
paid — and, at the session's end, takes its ``SessionFacts``: service, language,
accessibility modes, identification and payment method, seconds per step, the step an
abandoned session stopped at, the errors by message id, the satisfaction answer. The
start is kept to the hour; no Vorgangsnummer, no answer, no name ever enters it.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.base.i18n import Message
from kiosk.stats.feedback import check_answer

# Accessibility modes a session can use (stored by these names).
MODES = ("larger_text", "high_contrast", "voice")
# Screens that are not steps of a session.
NOT_STEPS = frozenset({"welcome", "staff", "out-of-service", "feedback", "screen",
                       "checkin", "ticket"})  # the appointment check-in is no session


def message_id(message: Message) -> str:
    """A text's stable id: its context and source (a template, placeholders unfilled), or
    for a form's text its context and key path. Never the filled-in text."""
    if message.disambiguation:
        return f"{message.context}#{message.disambiguation}"[:160]
    return f"{message.context}:{message.source}"[:160]


def to_the_hour(moment: datetime) -> str:
    """``2026-12-01T14``: the local hour, nothing finer."""
    return moment.strftime("%Y-%m-%dT%H")


@dataclass
class SessionFacts:
    """What the statistics keep of one session."""

    id: int  # random: the order of the rows says nothing about the order of the sessions
    hour: str
    language: str
    service: str | None = None
    completed: bool = False
    end_reason: str = ""
    stopped_at: str | None = None  # the step an abandoned session stopped at
    identification: str | None = None
    payment: str | None = None
    modes: set[str] = field(default_factory=set)
    steps: dict[str, int] = field(default_factory=dict)  # step name -> whole seconds
    errors: dict[str, int] = field(default_factory=dict)  # message id -> times shown
    sync_latency_s: float | None = None
    satisfaction: int | None = None
    reason: str | None = None


class SessionRecorder:
    """The facts of the session under way; ``None`` between sessions."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic,
                 now: Callable[[], datetime] = datetime.now) -> None:
        self._clock = clock
        self._now = now
        self.facts: SessionFacts | None = None
        self._step: str | None = None
        self._since = 0.0
        self._seconds: dict[str, float] = {}

    @property
    def active(self) -> bool:
        return self.facts is not None

    def shown(self, step: str, *, language: str, service: str | None) -> None:
        """A screen of the session became the current one (it starts a session)."""
        if step in NOT_STEPS:
            return
        if self.facts is None:
            self.facts = SessionFacts(id=secrets.randbits(62) + 1, hour=to_the_hour(self._now()),
                                      language=language)
            self._seconds = {}
        else:
            self._close_step()
        self._step, self._since = step, self._clock()
        self.facts.language = language
        if service is not None:
            self.facts.service = service

    def _close_step(self) -> None:
        if self._step is not None:
            self._seconds[self._step] = (self._seconds.get(self._step, 0.0)
                                         + max(0.0, self._clock() - self._since))

    def note(self, *, language: str | None = None, identification: str | None = None,
             payment: str | None = None, modes: set[str] | None = None) -> None:
        facts = self.facts
        if facts is None:
            return
        if language:
            facts.language = language
        if identification:
            facts.identification = identification
        if payment:
            facts.payment = payment
        facts.modes |= {mode for mode in modes or () if mode in MODES}

    def error_shown(self, message: Message) -> None:
        if self.facts is not None:
            key = message_id(message)
            self.facts.errors[key] = self.facts.errors.get(key, 0) + 1

    def rated(self, score: int, reason: str | None = None) -> None:
        """The satisfaction answer given during the session (the receipt screen)."""
        check_answer(score, reason)
        if self.facts is not None:
            self.facts.satisfaction, self.facts.reason = score, reason

    def latency(self, seconds: float) -> None:
        if self.facts is not None:
            self.facts.sync_latency_s = round(seconds, 1)

    def end(self, reason: str, *, step: str, completed: bool) -> SessionFacts | None:
        """The session ended (``reason``: finished, cancelled, timeout …) on ``step``."""
        facts = self.facts
        if facts is None:
            return None
        self._close_step()
        facts.steps = {name: round(seconds) for name, seconds in self._seconds.items()}
        facts.completed = completed
        facts.end_reason = reason
        facts.stopped_at = None if completed else (step if step not in NOT_STEPS
                                                   else self._step)
        self.facts, self._step, self._seconds = None, None, {}
        return facts


# -- errors shown ---------------------------------------------------------------------
# The screens say here which message they show (a field's problem, a failed card read or
# payment, a refused signature); the statistics of the running kiosk listen. A hook
# rather than a signal per screen: the screens that show errors stay as they are, and a
# terminal without statistics (the tools, the tests of one screen) has no listener.
_listeners: list[Callable[[Message], None]] = []


def error_shown(message: Message) -> None:
    """``message`` is shown to the citizen now."""
    for listener in tuple(_listeners):
        listener(message)


def listen_for_errors(listener: Callable[[Message], None]) -> Callable[[], None]:
    """Hear every ``error_shown``; returns what stops it."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None
