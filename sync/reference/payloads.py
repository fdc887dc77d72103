"""What the stand-in takes as a request body: a JSON object, a sealed JWE.

Its own module so that the server's routes (:mod:`sync.reference.server`) stay one
concept; the errors are answered 400 and 422 there.
"""

from __future__ import annotations

import json
from typing import Any

from sync.e2e import DecryptionFailed, HeaderRefused, check_compact


class BadRequest(Exception):
    """The request is malformed (answered with 400)."""


class Unprocessable(Exception):
    """Well-formed, but not what FIT-Connect accepts (422, ``application/problem+json``)."""


def check_sealed(token: bytes) -> None:
    try:
        check_compact(token.strip())
    except HeaderRefused as exc:
        raise Unprocessable(str(exc)) from exc
    except DecryptionFailed as exc:
        raise BadRequest("payload is not a JWE (RSA-OAEP-256, A256GCM) in compact "
                         "serialisation") from exc


def json_object(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw)
    # Deep nesting (RecursionError) and a 5,000-digit number (ValueError) are bad JSON too.
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError) as exc:
        raise BadRequest("body is not valid JSON") from exc
    if not isinstance(body, dict):
        raise BadRequest("body must be a JSON object")
    return body
