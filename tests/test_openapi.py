"""sync/openapi.yaml is a valid OpenAPI 3.1 document and matches the real server."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
import yaml
from helpers_sync import make_app, wait_for_verdict
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

import sync
from sync.delivery import attachment_id, build_payloads
from sync.e2e import encrypt, public_key
from sync.protocol import IntakeClient
from sync.reference.server import IntakeServer

PDF, JSON = "application/pdf", "application/json"  # the JWEs' cty

SPEC_PATH = Path(sync.__file__).parent / "openapi.yaml"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _schema(spec: dict[str, Any], name: str) -> OAS31Validator:
    root = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return OAS31Validator(root)


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")
    assert set(spec["paths"]) == {
        "/api/v1/health", "/api/v1/destinations/{destination_id}", "/api/v1/submissions",
        "/api/v1/submissions/{submission_id}",
        "/api/v1/submissions/{submission_id}/attachments/{attachment_id}",
        "/api/v1/submissions/{submission_id}/events"}
    announce = spec["paths"]["/api/v1/submissions"]["post"]
    assert {"200", "201", "400", "409"} <= set(announce["responses"])


def test_examples_match_their_schemas(spec: dict[str, Any]) -> None:
    announce = spec["paths"]["/api/v1/submissions"]["post"]
    for example in announce["requestBody"]["content"]["application/json"]["examples"].values():
        _schema(spec, "Announcement").validate(example["value"])
    for example in announce["responses"]["201"]["content"]["application/json"][
            "examples"].values():
        _schema(spec, "Submission").validate(example["value"])
    events = spec["paths"]["/api/v1/submissions/{submission_id}/events"]["get"]
    for example in events["responses"]["200"]["content"]["application/json"][
            "examples"].values():
        _schema(spec, "EventLog").validate(example["value"])


def test_real_server_answers_match_the_spec(spec: dict[str, Any], intake: IntakeServer) -> None:
    api = f"{intake.url}/api/v1"
    destination = requests.get(f"{api}/destinations/buergerbuero-zentral", timeout=5).json()
    _schema(spec, "Destination").validate(destination)
    key = public_key(destination["encryption_key"])
    app = make_app()
    aid = attachment_id(app.idempotency_key)
    announcement = {"idempotency_key": app.idempotency_key,
                    "destination_id": "buergerbuero-zentral",
                    "service_id": app.service_id, "announced_attachments": [aid]}
    _schema(spec, "Announcement").validate(announcement)
    created = requests.post(f"{api}/submissions", json=announcement, timeout=5)
    assert created.status_code == 201
    _schema(spec, "Submission").validate(created.json())
    sid = created.json()["submission_id"]
    jwe = encrypt(key, app.pdf, PDF)
    _schema(spec, "Jwe").validate(jwe)
    upload = requests.put(f"{api}/submissions/{sid}/attachments/{aid}", data=jwe,
                          headers={"Content-Type": "application/jose"}, timeout=5)
    assert upload.status_code == 204
    metadata, data = build_payloads(app)
    _schema(spec, "Metadata").validate(json.loads(metadata))
    _schema(spec, "Data").validate(json.loads(data))
    completion = {"encrypted_metadata": encrypt(key, metadata, JSON),
                  "encrypted_data": encrypt(key, data, JSON)}
    _schema(spec, "Completion").validate(completion)
    done = requests.put(f"{api}/submissions/{sid}", json=completion, timeout=5)
    assert done.status_code == 200
    _schema(spec, "Submission").validate(done.json())
    assert done.json()["status"] == "submitted"
    decided = wait_for_verdict(IntakeClient(intake.url, key_trust=intake.key_trust), sid)
    assert decided.status == "accepted"
    verdict = requests.get(f"{api}/submissions/{sid}", timeout=5).json()
    _schema(spec, "Submission").validate(verdict)
    assert verdict["case_id"] == decided.case_id
    _schema(spec, "EventLog").validate(
        requests.get(f"{api}/submissions/{sid}/events", timeout=5).json())
    _schema(spec, "Health").validate(requests.get(f"{api}/health", timeout=5).json())
    bad = requests.post(f"{api}/submissions", data=b"[", timeout=5)
    assert bad.status_code == 400
    _schema(spec, "Error").validate(bad.json())
    missing = requests.get(f"{api}/submissions/{uuid.uuid4()}", timeout=5)
    assert missing.status_code == 404
    _schema(spec, "Error").validate(missing.json())
    with pytest.raises(ValidationError, match="does not match"):
        _schema(spec, "CaseId").validate("X-1")
