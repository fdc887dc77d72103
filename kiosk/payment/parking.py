"""The parked application: signed, kept durably while its fee is paid, then stored.

Order (docs/payment.md): "Submit" on the signature screen builds the record and
*parks* it — pickled, sealed with the terminal key (AES-256-GCM, the
Vorgangsnummer as associated data) in the payment ledger — before any payment
starts. The payment is then recorded step by step in the same ledger. Only when
the payment is settled (paid, failed or another way chosen) is the application
rendered, signed and put in the outbox *with* its payment (``store_final``),
and the parked copy dropped in the same step that marks its payments stored.
A kiosk that dies at any moment leaves either the parked application (stored
on restart with what the ledger says, ``store_parked``) or the outbox item: no
application is lost, and none says "paid" unless the ledger says so.

Runs in the storage process (``kiosk.storage``) and in the staff commands.
"""

from __future__ import annotations

import dataclasses
import logging
import pickle

from forms.payment import PaymentInfo
from forms.record import ApplicationRecord
from kiosk import pickling  # noqa: F401 - registers the MappingProxyType reducer
from kiosk.base.errors import StorageError
from kiosk.payment.ledger import Ledger
from kiosk.settings import Settings
from kiosk.submission import store_application
from sync.crypto import load_or_create_key, seal, unseal
from sync.outbox import SAVE_FAILED

log = logging.getLogger(__name__)


def _aad(vorgangsnummer: str) -> bytes:
    return b"parked-application:" + vorgangsnummer.encode()


def park(settings: Settings, record: ApplicationRecord) -> str:
    try:
        key = load_or_create_key(settings.key_path)
        blob = seal(key, pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL),
                    _aad(record.vorgangsnummer))
        with Ledger(settings.payments_path) as ledger:
            ledger.park(record.vorgangsnummer, record.idempotency_key, blob)
    except StorageError as exc:  # a full disk: for the citizen, this one was not saved
        raise StorageError(SAVE_FAILED, detail=exc.detail) from exc
    return record.vorgangsnummer


def parked_records(settings: Settings) -> list[ApplicationRecord]:
    key = load_or_create_key(settings.key_path)
    with Ledger(settings.payments_path) as ledger:
        rows = ledger.parked()
    records = []
    for vorgangsnummer, _key, blob in rows:
        # Sealed with this terminal's key and bound to its row: nobody else wrote it.
        record = pickle.loads(unseal(key, blob, _aad(vorgangsnummer)))  # noqa: S301
        if isinstance(record, ApplicationRecord):
            records.append(record)
    return records


def store_final(settings: Settings, record: ApplicationRecord) -> str:
    """Render, sign and enqueue ``record`` (its payment settled); drop the parked copy."""
    vorgangsnummer = store_application(settings, record)
    if record.form.fee_cents > 0:  # without a fee there is no payment step: nothing parked
        with Ledger(settings.payments_path) as ledger:
            ledger.unpark(vorgangsnummer)
    return vorgangsnummer


def settled(settings: Settings, record: ApplicationRecord) -> ApplicationRecord | None:
    """``record`` with what the ledger says about its fee; None while a card payment is open."""
    with Ledger(settings.payments_path) as ledger:
        info = ledger.final_payment(record.vorgangsnummer, record.form.fee_cents,
                                    record.payment.reference)
    if info is None:
        return None
    if info.exemption == "" and record.payment.exemption and not info.paid:
        info = dataclasses.replace(info, exemption=record.payment.exemption)
    return dataclasses.replace(record, payment=info)


def store_parked(settings: Settings) -> list[str]:
    """Store each parked application whose payment is settled; the Vorgangsnummern stored."""
    stored = []
    for record in parked_records(settings):
        final = settled(settings, record)
        if final is None:
            log.warning("a parked application waits: its card payment is still open")
            continue
        stored.append(store_final(settings, final))
    return stored


def with_payment(record: ApplicationRecord, payment: PaymentInfo) -> ApplicationRecord:
    return dataclasses.replace(record, payment=payment)
