"""sync/openapi.yaml is a valid OpenAPI 3.1 document and matches the stand-in's answers;
the metadata the sender builds is valid against FITKO's official metadata schema 2.1.0."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
import yaml
from helpers_sync import FIT_CONNECT, client_of, make_app, wait_for_verdict
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

import sync
from sync.delivery import build_payloads
from sync.e2e import encrypt
from sync.events import ALG, TYP
from sync.reference.server import IntakeServer

PDF, JSON = "application/pdf", "application/json"  # the JWEs' cty
SPEC_PATH = Path(sync.__file__).parent / "openapi.yaml"
OFFICIAL = Path(__file__).parent / "data" / "fitconnect" / "metadata-2.1.0.schema.json"


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
        "/token", "/v2/info", "/v2/destinations/{destinationId}",
        "/v2/destinations/{destinationId}/keys/{keyId}", "/v2/submissions",
        "/v2/submissions/{submissionId}",
        "/v2/submissions/{submissionId}/attachments/{attachmentId}",
        "/v2/cases/{caseId}/events", "/v2/fleet/heartbeats", "/v2/fleet/terminals"}
    announce = spec["paths"]["/v2/submissions"]["post"]
    assert {"201", "400", "401"} <= set(announce["responses"])
    assert "200" not in announce["responses"]  # no idempotent repeat at FIT-Connect


def test_examples_match_their_schemas(spec: dict[str, Any]) -> None:
    announce = spec["paths"]["/v2/submissions"]["post"]
    for example in announce["requestBody"]["content"]["application/json"]["examples"].values():
        _schema(spec, "Announcement").validate(example["value"])
    for example in announce["responses"]["201"]["content"]["application/json"][
            "examples"].values():
        _schema(spec, "Created").validate(example["value"])
    token = spec["paths"]["/token"]["post"]["responses"]["200"]["content"]["application/json"]
    for example in token["examples"].values():
        _schema(spec, "Token").validate(example["value"])


def test_the_stand_in_answers_match_the_spec(spec: dict[str, Any], intake: IntakeServer) -> None:
    api = f"{intake.url}/v2"
    tokens = intake.sender_tokens()
    form = {"grant_type": "client_credentials", "client_id": tokens.client_id,
            "client_secret": tokens.client_secret}
    _schema(spec, "TokenRequest").validate(form)
    issued = requests.post(intake.token_url, data=form, timeout=5)
    assert issued.status_code == 200
    _schema(spec, "Token").validate(issued.json())
    assert 1500 <= issued.json()["expires_in"] <= 1800  # about 30 minutes, as FIT-Connect
    auth = {"Authorization": f"Bearer {issued.json()['access_token']}"}
    refused = requests.post(intake.token_url, data={**form, "client_secret": "wrong"},
                            timeout=5)
    assert refused.status_code == 401
    assert refused.json() == {"error": "invalid_client"}
    destination = requests.get(f"{api}/destinations/{intake.destination_id}", headers=auth,
                               timeout=5).json()
    _schema(spec, "Destination").validate(destination)
    jwk = requests.get(f"{api}/destinations/{intake.destination_id}/keys/"
                       f"{destination['encryptionKid']}", headers=auth, timeout=5).json()
    _schema(spec, "Jwk").validate(jwk)
    client = client_of(intake)
    key = client.destination_key(intake.destination_id)
    app = make_app()
    aid = str(uuid.uuid4())
    announcement = {"destinationId": intake.destination_id, "announcedAttachments": [aid],
                    "serviceType": {"identifier": FIT_CONNECT["leika"], "name": "x"}}
    _schema(spec, "Announcement").validate(announcement)
    created = requests.post(f"{api}/submissions", json=announcement, headers=auth, timeout=5)
    assert created.status_code == 201
    _schema(spec, "Created").validate(created.json())
    sid, case = created.json()["submissionId"], created.json()["caseId"]
    jwe = encrypt(key, app.pdf, PDF)
    _schema(spec, "Jwe").validate(jwe)
    upload = requests.put(f"{api}/submissions/{sid}/attachments/{aid}", data=jwe,
                          headers={**auth, "Content-Type": "application/jose"}, timeout=5)
    assert upload.status_code == 204
    metadata, data = build_payloads(app, aid)
    official = Draft202012Validator(json.loads(OFFICIAL.read_text(encoding="utf-8")),
                                    format_checker=FormatChecker())
    official.validate(json.loads(metadata))
    submit = {"encryptedMetadata": encrypt(key, metadata, JSON),
              "encryptedData": encrypt(key, data, JSON)}
    _schema(spec, "Submit").validate(submit)
    done = requests.put(f"{api}/submissions/{sid}", json=submit, headers=auth, timeout=5)
    assert done.status_code == 202
    _schema(spec, "Submitted").validate(done.json())
    decided = wait_for_verdict(client, case, sid)
    assert decided.status == "accepted"
    log = requests.get(f"{api}/cases/{case}/events", headers=auth, timeout=5).json()
    _schema(spec, "EventLog").validate(log)
    assert len(log["eventLog"]) == 2
    header = json.loads(_b64(log["eventLog"][0].split(".")[0]))
    assert (header["alg"], header["typ"]) == (ALG, TYP)
    _schema(spec, "Info").validate(requests.get(f"{api}/info", headers=auth, timeout=5).json())
    assert requests.get(f"{api}/info", timeout=5).status_code == 200  # public, as in 1.1.3
    for unauthorised in (requests.get(f"{api}/destinations/{intake.destination_id}",
                                      timeout=5),
                         requests.get(f"{api}/cases/{case}/events", timeout=5),
                         requests.get(f"{api}/cases/{case}/events", timeout=5,
                                      headers={"Authorization": "Bearer forged"})):
        assert unauthorised.status_code == 401
        _schema(spec, "Problem").validate(unauthorised.json())
    bad = requests.post(f"{api}/submissions", data=b"[", headers=auth, timeout=5)
    assert bad.status_code == 400
    _schema(spec, "Problem").validate(bad.json())
    with pytest.raises(ValidationError, match="does not match"):
        _schema(spec, "Uuid").validate("X-1")


def _b64(part: str) -> bytes:
    import base64

    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
