"""The stand-in's event log as FIT-Connect serves it: Security Event Tokens, signed.

Each stored event of a case (:meth:`sync.reference.store.CaseStore.case_events`)
becomes a SET (RFC 8417): a JWS, ``alg`` PS512, ``typ`` ``secevent+jwt``, ``kid``
of the delivery service's signing key, with ``iss``, ``iat``, ``jti`` (the same
for the same event at every read), ``sub`` ``submission:<id>``, ``txn``
``case:<id>`` and one event. ``accept-submission`` names the office's case number
(``caseNumber``, the stand-in's addition: a real subscriber need not send one);
``reject-submission`` carries ``problems``; ``submit-submission`` the
``authenticationTags`` of the JWEs the submission holds. The signing key (RSA 4096, mode 0600)
lives in the stand-in's PKI folder; :func:`jwks` publishes its public half at
``/.well-known/jwks.json``.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sync.e2e import load_or_create_private_key
from sync.events import ALG, EVENT_PREFIX, TYP

if TYPE_CHECKING:
    from joserfc.jwk import RSAKey

SIGNING_KEY = "set-signing-key.jwk"  # the delivery service's (submit-submission)
SUBSCRIBER_KEY = "subscriber-signing-key.jwk"  # the destination's (accept / reject)
_JTI_NS = uuid.UUID("a3c1f1d2-8e0b-4a53-9a55-3f7d0f6d2b10")
_NAMES = {"submitted": "submit-submission", "accepted": "accept-submission",
          "rejected": "reject-submission"}


def signing_key(pki_dir: Path, name: str = SIGNING_KEY) -> RSAKey:
    """The delivery service's signing key (or, with ``name`` :data:`SUBSCRIBER_KEY`, the
    subscriber's), RSA 4096, made on first use (mode 0600)."""
    from joserfc.jwk import RSAKey

    key = load_or_create_private_key(pki_dir / name)
    data = key.as_dict(private=True)
    data.update({"alg": ALG, "use": "sig"})
    return RSAKey.import_key(data)


def jwks(key: RSAKey, x5c: list[str]) -> dict[str, Any]:
    """The delivery service's JWKS, its key with the ``x5c`` FIT-Connect's JWK requires."""
    public = key.as_dict(private=False)
    public.update({"alg": ALG, "use": "sig", "key_ops": ["verify"],
                   "kid": key.kid or key.thumbprint(), "x5c": x5c})
    return {"keys": [public]}


def signature_jwk(key: RSAKey, x5c: list[str]) -> dict[str, Any]:
    """The subscriber's key as the destination publishes it (``…/keys/{kid}``)."""
    public = key.as_dict(private=False)
    public.pop("use", None)
    public.update({"alg": ALG, "key_ops": ["verify"], "kid": key.kid or key.thumbprint(),
                   "x5c": x5c})
    return public


def event_log(key: RSAKey, issuer: str, case_ref: str,
              rows: list[dict[str, Any]], subscriber: RSAKey | None = None) -> list[str]:
    """The SETs of a case's stored events (events without a FIT-Connect name are left out):
    ``submit-submission`` signed with the delivery service's ``key``, the verdicts with
    the ``subscriber``'s (``key`` too where none is given)."""
    from joserfc import jws

    out = []
    for row in rows:
        name = _NAMES.get(row["event"])
        if name is None:
            continue
        body: dict[str, Any] = {}
        if name == "submit-submission" and row.get("tags"):
            body["authenticationTags"] = row["tags"]
        if name == "accept-submission" and row.get("case_id"):
            body["caseNumber"] = row["case_id"]
        if name == "reject-submission":
            body["problems"] = [{"type": "https://schema.fitko.de/fit-connect/events/"
                                         "problems/buergerbuero-check",
                                 "title": "Einreichung abgelehnt",
                                 "detail": row.get("reason") or "rejected",
                                 "instance": "submission"}]
        payload = {
            "iss": issuer,
            "iat": int(datetime.fromisoformat(row["at"].replace("Z", "+00:00")).timestamp()),
            "jti": str(uuid.uuid5(_JTI_NS, f"{row['submission_id']}/{row['id']}")),
            "sub": f"submission:{row['submission_id']}",
            "txn": f"case:{case_ref}",
            "events": {f"{EVENT_PREFIX}{name}": body},
        }
        signer = key if name == "submit-submission" or subscriber is None else subscriber
        out.append(jws.serialize_compact(
            {"alg": ALG, "typ": TYP, "kid": signer.kid or signer.thumbprint()},
            json.dumps(payload, separators=(",", ":")).encode(), signer, algorithms=[ALG]))
    return out
