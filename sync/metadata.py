"""FIT-Connect submission metadata, built to the official metadata schema 2.1.0.

:func:`build_metadata` turns an outgoing application (its record, the Fachdaten
bytes, the PDF and the PDF's attachment id) into the ``metadata`` document a
FIT-Connect destination expects; :func:`check_metadata` validates any metadata
document against the official schema (``sync/schemas/metadata-2.1.0.schema.json``,
FITKO, CC BY-SA 4.0, see ``tests/data/fitconnect/SOURCE.md``) and raises
:class:`MetadataInvalid` with the first problems (paths and rule names only, never
values: the metadata carries personal data).

What goes where (docs/fitconnect.md has the whole mapping):

- ``contentStructure.data``: SHA-512 of the Fachdaten and the form's ``submissionSchema``
  (the record's ``fit_connect.submission_schema``);
- ``contentStructure.attachments``: the application PDF, purpose ``form``, with its
  UUIDv4 attachment id, media type, file name and SHA-512;
- ``additionalReferenceInfo``: the Vorgangsnummer (``senderReference``) and the day
  the citizen signed (``applicationDate``);
- ``paymentInformation``: the record's payment, for a form with a fee;
- ``replyChannel``: e-mail, where the citizen gave an address in the form;
- ``dataSets``: the identification (method, eID result, document facts) where the
  citizen identified with a chip or the eID;
- ``author``: this terminal's office and product.

``jsonschema`` is imported on first use (on the sync thread).
"""

from __future__ import annotations

import json
import re
import uuid
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.base.errors import ServerRefused
from kiosk.base.i18n import N_
from sync.e2e import sha512_hex

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

    from sync.outbox import OutgoingApplication

SCHEMA_URI = "https://schema.fitko.de/fit-connect/metadata/2.1.0/metadata.schema.json"
SCHEMA_FILE = Path(__file__).with_name("schemas") / "metadata-2.1.0.schema.json"
PDF_NAME = "application.pdf"
PRODUCT = {"name": "buergerbuero-kiosk", "version": "0.1.0",
           "manufacturer": "Bürgerbüro-Kiosk project"}
# The data set that carries how the citizen was identified (a project schema).
IDENTIFICATION_SCHEMA = "urn:buergerbuero:fit-connect:identification:1"
_DATASET_NS = uuid.UUID("6f0c4f7e-1b0e-4c55-9d7c-0c1f3b5e2a91")
_IDENTIFIED = ("eid", "chip-bac", "chip-pace")
_DETAIL_RE = re.compile(r"[^\w\d-]+")
_EMAIL_FIELDS = ("email", "e_mail")

NOT_SENDABLE = N_(
    "Sync",
    "This application cannot be sent to the case system in its present form. It is "
    "kept on this terminal. Please ask the staff at the counter.",
)


class MetadataInvalid(ServerRefused):
    """The metadata (or what it is built from) does not meet the official schema.

    A permanent failure for this item: sending again cannot fix it. The detail
    lists JSON paths and rules, never values."""

    def __init__(self, detail: str) -> None:
        super().__init__(NOT_SENDABLE, detail=detail)


@cache
def _validator() -> Validator:
    from jsonschema import Draft202012Validator, FormatChecker

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def check_metadata(metadata: dict[str, Any]) -> None:
    """Raise :class:`MetadataInvalid` unless ``metadata`` is valid FIT-Connect 2.1.0."""
    errors = sorted(_validator().iter_errors(metadata), key=lambda e: list(e.absolute_path))
    if errors:
        problems = "; ".join(
            f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.validator}"
            for e in errors[:5])
        raise MetadataInvalid(f"metadata fails FIT-Connect metadata 2.1.0 ({len(errors)} "
                              f"error(s)): {problems}")


def fit_connect_of(record: dict[str, Any]) -> dict[str, str]:
    """The record's FIT-Connect service facts: ``leika``, ``service_name``,
    ``submission_schema``; :class:`MetadataInvalid` if one is missing."""
    block = record.get("fit_connect")
    if not isinstance(block, dict):
        raise MetadataInvalid("the application record has no 'fit_connect' block (Leika "
                              "key, submission schema): its form declares none")
    out = {}
    for name in ("leika", "service_name", "submission_schema"):
        value = block.get(name)
        if not isinstance(value, str) or not value:
            raise MetadataInvalid(f"the application record's fit_connect.{name} is missing")
        out[name] = value
    return out


def build_metadata(app: OutgoingApplication, data: bytes, pdf_attachment_id: str,
                   *, author_name: str | None = None) -> dict[str, Any]:
    """The metadata of ``app`` (its Fachdaten ``data`` and PDF), validated."""
    record = app.metadata
    service = fit_connect_of(record)
    metadata: dict[str, Any] = {
        "$schema": SCHEMA_URI,
        "contentStructure": {
            "data": {
                "hash": {"type": "sha512", "content": sha512_hex(data)},
                "submissionSchema": {"schemaUri": service["submission_schema"],
                                     "mimeType": "application/json"},
            },
            "attachments": [{
                "attachmentId": pdf_attachment_id,
                "hash": {"type": "sha512", "content": sha512_hex(app.pdf)},
                "purpose": "form",
                "mimeType": "application/pdf",
                "filename": PDF_NAME,
                "description": "Antrag (PDF/A, vom Antragsteller elektronisch unterschrieben)",
                "signature": {"signatureFormat": "pdf", "detachedSignature": False},
            }],
        },
        "additionalReferenceInfo": _reference_info(app),
        "author": {"name": author_name or str(record.get("office_name") or "Bürgerbüro"),
                   "description": "Selbstbedienungsterminal im Bürgerbüro",
                   "product": dict(PRODUCT)},
    }
    payment = _payment(record.get("paymentInformation"))
    if payment is not None:
        metadata["paymentInformation"] = payment
    reply = _reply_channel(record)
    if reply is not None:
        metadata["replyChannel"] = reply
    identification = _identification(app)
    if identification is not None:
        metadata["dataSets"] = [identification]
    check_metadata(metadata)
    return metadata


def _reference_info(app: OutgoingApplication) -> dict[str, Any]:
    info: dict[str, Any] = {"senderReference": app.vorgangsnummer}
    signed_at = app.metadata.get("signed_at")
    if isinstance(signed_at, str) and re.match(r"\d{4}-\d{2}-\d{2}", signed_at):
        info["applicationDate"] = signed_at[:10]
    return info


def _payment(payment: Any) -> dict[str, Any] | None:
    """The record's paymentInformation where money was (or is to be) paid: an amount of
    at least 1 cent and a transaction; ids and the detail made schema-safe (``[\\w-]``,
    36 characters: the reference keeps the original)."""
    if not isinstance(payment, dict):
        return None
    amount = payment.get("grossAmount")
    if not isinstance(amount, int | float) or amount < 0.01 or not payment.get("transactionId"):
        return None
    out = dict(payment)
    for name in ("transactionId", "paymentMethodDetail"):
        value = out.get(name)
        if isinstance(value, str):
            cleaned = _DETAIL_RE.sub("-", value).strip("-")[:36]
            if cleaned:
                out[name] = cleaned
            else:
                del out[name]
    if "transactionId" not in out:
        return None
    return out


def _reply_channel(record: dict[str, Any]) -> dict[str, Any] | None:
    answers = record.get("answers")
    if not isinstance(answers, dict):
        return None
    for name in _EMAIL_FIELDS:
        address = answers.get(name)
        if isinstance(address, str) and "@" in address:
            return {"eMail": {"address": address.strip()}}
    return None


def _identification(app: OutgoingApplication) -> dict[str, Any] | None:
    record = app.metadata
    method = record.get("identification")
    if method not in _IDENTIFIED:
        return None
    content: dict[str, Any] = {"method": method}
    for key in ("identification_detail", "identity_document", "answer_sources"):
        value = record.get(key)
        if isinstance(value, dict) and value:
            content[key] = value
    return {
        "dataSetId": str(uuid.uuid5(_DATASET_NS, f"{app.idempotency_key}/identification")),
        "schema": {"schemaUri": IDENTIFICATION_SCHEMA, "mimeType": "application/json"},
        "hash": {"type": "sha512", "content": sha512_hex(_canonical(content))},
        "description": "Identifizierung am Terminal (Verfahren, Ergebnis, Dokument)",
        "content": content,
    }


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode()
