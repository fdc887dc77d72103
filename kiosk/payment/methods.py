"""Which ways to pay a terminal offers, the Kassenzeichen, and the EPC QR code (GiroCode)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from devices.zvt.terminal import TerminalConfig
from kiosk.payment.reference import reference_for
from kiosk.payment.xbezahl import XBezahlConfig
from kiosk.settings import Settings

if TYPE_CHECKING:
    from forms.record import ApplicationRecord


def terminal_config(settings: Settings) -> TerminalConfig | None:
    if not settings.payment_terminal:
        return None
    host, _, port = settings.payment_terminal.rpartition(":")
    return TerminalConfig(host, int(port), password=settings.payment_terminal_password)


def xbezahl_config(settings: Settings) -> XBezahlConfig | None:
    if not settings.xbezahl_url:
        return None
    return XBezahlConfig(settings.xbezahl_url, settings.xbezahl_originator_id,
                         settings.xbezahl_endpoint_id, settings.xbezahl_client_id,
                         settings.xbezahl_client_secret)


@dataclass(frozen=True)
class Ways:
    """What the payment screen may offer now (the counter is always possible)."""

    card: bool = False
    paypage: bool = False
    transfer: bool = False


def transfer_qr(settings: Settings, record: ApplicationRecord) -> Any:
    """The EPC QR code (EPC069-12) for the fee: the office's IBAN, the Kassenzeichen.

    ``segno.helpers.make_epc_qr`` checks the standard's limits (name ≤ 70, reference
    ≤ 35 characters, amount 0.01–999999999.99 EUR) and raises ValueError otherwise.
    """
    # segno loads with the first transfer QR code, not at the kiosk's start.
    from segno.helpers import make_epc_qr

    return make_epc_qr(name=settings.payee_name, iban=settings.payee_iban,
                       bic=settings.payee_bic or None, amount=record.form.fee_cents / 100,
                       reference=None, text=reference_for(settings, record.vorgangsnummer))
