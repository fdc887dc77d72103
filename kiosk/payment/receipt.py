"""The citizen's receipt, in the citizen's language: office, service, date, Vorgangsnummer
(with its QR code), the fee and how it was paid, the terminal's customer copy, what next."""

from __future__ import annotations

from datetime import datetime
from typing import Final

from devices.printing.receipt import Line, ReceiptDoc
from forms.display import format_amount
from forms.payment import PaymentInfo
from forms.record import ApplicationRecord
from kiosk.base.catalogue import text
from kiosk.base.i18n import N_, Message

TITLE: Final = N_("Receipt", "Receipt")
DATE: Final = N_("Receipt", "Date: {date}")
NUMBER: Final = N_("Receipt", "Reference number (Vorgangsnummer):")
FEE: Final = N_("Receipt", "Fee: {amount}")
REFERENCE: Final = N_("Receipt", "Payment reference (Kassenzeichen): {reference}")
STATUS: Final[dict[str, Message]] = {
    "paid": N_("Receipt", "Paid: {method}"),
    "not_paid": N_("Receipt", "Not paid yet: please pay at the counter."),
    "not_required": N_("Receipt", "No fee to pay."),
    "pending_transfer": N_("Receipt", "Payment by bank transfer pending."),
    "pay_at_counter": N_("Receipt", "To pay at the counter."),
    "exemption_claimed": N_("Receipt", "Fee exemption claimed; please bring your proof to the "
                            "counter."),
}
METHOD: Final[dict[str, Message]] = {
    "card": N_("Receipt", "card"), "paypage": N_("Receipt", "online payment"),
    "transfer": N_("Receipt", "bank transfer"), "counter": N_("Receipt", "at the counter"),
    "exemption": N_("Receipt", "exemption"), "none": N_("Receipt", "none"),
}
NEXT: Final = N_("Receipt", "What happens next: your application is sent to the citizens' "
                 "office. With the reference number above the office can tell you how far "
                 "it is. Please keep this receipt.")
TRANSFER_NEXT: Final = N_("Receipt", "Please transfer the fee within 14 days, with the payment "
                          "reference above.")
CARD_COPY: Final = N_("Receipt", "Card payment receipt (customer copy):")


def build_receipt(record: ApplicationRecord, payment: PaymentInfo, *, office: str,
                  customer_copy: tuple[str, ...] = (), when: datetime | None = None
                  ) -> ReceiptDoc:
    lang = record.language
    when = when or datetime.now()
    lines = [Line(office, bold=True, center=True), Line(text(TITLE, lang), center=True,
                                                        large=True),
             Line(text(record.form.title, lang), center=True),
             Line(text(DATE.format(date=when.strftime("%d.%m.%Y %H:%M")), lang)),
             Line(text(NUMBER, lang)), Line(record.vorgangsnummer, bold=True, center=True,
                                            large=True)]
    qr_after = len(lines)
    amount = format_amount(record.form.fee_cents, record.form.fee_currency, lang)
    status = "not_required" if not record.form.fee_cents else payment.status
    lines += [Line(text(FEE.format(amount=amount), lang)),
              Line(text(STATUS[status].format(method=text(METHOD[payment.method], lang)), lang),
                   bold=True)]
    if payment.reference and record.form.fee_cents:
        lines.append(Line(text(REFERENCE.format(reference=payment.reference), lang)))
    if payment.status == "pending_transfer":
        lines.append(Line(text(TRANSFER_NEXT, lang)))
    lines.append(Line(text(NEXT, lang)))
    extra = ((text(CARD_COPY, lang), *customer_copy) if customer_copy else ())
    return ReceiptDoc(tuple(lines), qr=record.vorgangsnummer, qr_after=qr_after,
                      title=f"Beleg {record.vorgangsnummer}", extra=extra)
