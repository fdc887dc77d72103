"""The screens of one citizen's session, one per step of the journey.

Built when a service is chosen (and dropped when the session ends), so no
widget, nor its undo history, carries anything over to the next citizen.
``ui.window`` imports this module after the first frame: the form screens'
Qt widgets and the forms package stay off the start-up path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.journey import Journey, Step, StepKind
from kiosk.settings import Settings
from ui.bridges import ReaderBridge, SyncBridge
from ui.eid_bridge import EidBridge
from ui.payment_bridge import PaymentBridge
from ui.scanner import Scanner
from ui.screens.base import Screen
from ui.screens.identify import IdentifyScreen
from ui.screens.payment import PaymentScreen
from ui.screens.receipt import ReceiptScreen
from ui.screens.review import ReviewScreen
from ui.screens.section import SectionScreen
from ui.screens.signature import SignatureScreen


@dataclass(frozen=True)
class SessionScreens:
    by_step: dict[Step, Screen]
    signature: SignatureScreen
    receipt: ReceiptScreen
    payment: PaymentScreen | None = None


def build_session_screens(journey: Journey, *, settings: Settings, readers: ReaderBridge,
                          sync: SyncBridge, scanner: Scanner, eid: EidBridge | None,
                          edit_section: Callable[[str], None],
                          finish: Callable[[], None],
                          payments: PaymentBridge | None = None) -> SessionScreens:
    """A screen for every step of ``journey`` after the service choice."""
    form = journey.form
    assert form is not None, "choose the service first"
    sections = {s.id: s for s in form.sections}
    screens: dict[Step, Screen] = {}
    signature = SignatureScreen(journey, settings)
    receipt = ReceiptScreen(sync)
    receipt.done.clicked.connect(finish)
    payment = PaymentScreen(form, settings, payments) if form.fee_cents > 0 else None
    for step in journey.steps:
        if step.kind is StepKind.IDENTIFY:
            assert step.section_id is not None
            screens[step] = IdentifyScreen(form, sections[step.section_id], journey, readers,
                                           eid=eid)
        elif step.kind is StepKind.SECTION:
            assert step.section_id is not None
            screens[step] = SectionScreen(form, sections[step.section_id], journey,
                                          scanner=scanner)
        elif step.kind is StepKind.REVIEW:
            review = ReviewScreen(form, journey)
            review.editSection.connect(edit_section)
            screens[step] = review
        elif step.kind is StepKind.SIGN:
            screens[step] = signature
        elif step.kind is StepKind.PAY:
            assert payment is not None
            screens[step] = payment
        elif step.kind is StepKind.RECEIPT:
            screens[step] = receipt
    return SessionScreens(screens, signature, receipt, payment)
