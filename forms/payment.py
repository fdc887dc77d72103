"""How the fee of one application was paid: part of the application record.

``PaymentInfo`` is a value: the application PDF prints it, the record's JSON
(the PDF's attachment and the submission metadata) carries it twice — as the
kiosk's own ``payment`` object and in the shape of FIT-Connect's
``paymentInformation`` (transaction reference, transaction id, method, status).
Fail closed: the default is "not paid"; only the payment service sets "paid",
and only for what the terminal or the payment platform confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

METHODS: Final = ("none", "card", "paypage", "transfer", "counter", "exemption")
STATUSES: Final = ("not_paid", "not_required", "paid", "pending_transfer", "pay_at_counter",
                   "exemption_claimed")
# FIT-Connect's paymentInformation.status and .paymentMethod for ours.
_FIT_STATUS: Final = {"paid": "BOOKED", "not_paid": "FAILED", "pending_transfer": "INITIAL",
                      "pay_at_counter": "INITIAL", "exemption_claimed": "INITIAL",
                      "not_required": "BOOKED"}
_FIT_METHOD: Final = {"card": "OTHER", "paypage": "OTHER", "transfer": "INVOICE",
                      "counter": "OTHER", "exemption": "OTHER", "none": "OTHER"}
_FIT_DETAIL: Final = {"card": "card terminal (ZVT)", "paypage": "ePayBL paypage (XBezahldienste)",
                      "transfer": "bank transfer (EPC QR code)", "counter": "at the counter",
                      "exemption": "fee exemption claimed", "none": "no fee"}


@dataclass(frozen=True)
class PaymentInfo:
    method: str = "none"
    status: str = "not_paid"
    amount_cents: int = 0
    currency: str = "EUR"
    reference: str = ""  # Kassenzeichen: ties the money to the application
    transaction_id: str = ""  # the terminal's or the platform's id of a confirmed payment
    trace_number: int | None = None
    receipt_number: int | None = None
    card_name: str = ""
    paid_at: str = ""  # ISO 8601, when confirmed
    exemption: str = ""  # the exemption option the citizen claims (the clerk checks it)

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"unknown payment method {self.method!r}")
        if self.status not in STATUSES:
            raise ValueError(f"unknown payment status {self.status!r}")
        if self.status == "paid" and not self.transaction_id:
            raise ValueError("a payment is 'paid' only with the confirming transaction id")

    @property
    def paid(self) -> bool:
        return self.status == "paid"

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"method": self.method, "status": self.status,
                               "amount": round(self.amount_cents / 100, 2),
                               "amount_cents": self.amount_cents, "currency": self.currency,
                               "reference": self.reference}
        for key in ("transaction_id", "card_name", "paid_at", "exemption"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        for key in ("trace_number", "receipt_number"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out

    def payment_information(self) -> dict[str, Any]:
        """FIT-Connect's ``paymentInformation`` for this payment."""
        out: dict[str, Any] = {
            "transactionReference": self.reference,
            "transactionId": self.transaction_id or self.reference,
            "paymentMethod": _FIT_METHOD[self.method],
            "paymentMethodDetail": _FIT_DETAIL[self.method],
            "status": _FIT_STATUS[self.status],
            "grossAmount": round(self.amount_cents / 100, 2),
        }
        if self.paid_at:
            out["transactionTimestamp"] = self.paid_at
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PaymentInfo:
        keys = {"method", "status", "amount_cents", "currency", "reference", "transaction_id",
                "trace_number", "receipt_number", "card_name", "paid_at", "exemption"}
        return cls(**{k: v for k, v in data.items() if k in keys})
