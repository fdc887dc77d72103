"""sync/openapi.yaml is a valid OpenAPI 3.1 document and matches the real server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import yaml
from helpers_sync import make_app
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

import sync
from sync.intake_server import IntakeServer
from sync.protocol import request_body

SPEC_PATH = Path(sync.__file__).parent / "openapi.yaml"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def server(tmp_path: Path) -> Iterator[IntakeServer]:
    srv = IntakeServer("127.0.0.1", 0, tmp_path / "intake")
    srv.start()
    yield srv
    srv.stop()


def _schema(spec: dict[str, Any], name: str) -> OAS31Validator:
    root = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return OAS31Validator(root)


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")
    assert set(spec["paths"]) == {"/api/v1/health", "/api/v1/applications/{idempotency_key}"}
    put = spec["paths"]["/api/v1/applications/{idempotency_key}"]["put"]
    assert {"200", "201", "400", "409", "413"} <= set(put["responses"])


def test_examples_match_their_schemas(spec: dict[str, Any]) -> None:
    put = spec["paths"]["/api/v1/applications/{idempotency_key}"]["put"]
    for example in put["requestBody"]["content"]["application/json"]["examples"].values():
        _schema(spec, "Application").validate(example["value"])
    for status in ("200", "201"):
        content = put["responses"][status]["content"]["application/json"]
        for example in content["examples"].values():
            _schema(spec, "Stored").validate(example["value"])


def test_real_server_answers_match_the_spec(spec: dict[str, Any], server: IntakeServer) -> None:
    app = make_app()
    body = request_body(app)
    _schema(spec, "Application").validate(body)
    url = f"{server.url}/api/v1/applications/{app.idempotency_key}"
    created = requests.put(url, json=body, timeout=5)
    assert created.status_code == 201
    _schema(spec, "Stored").validate(created.json())
    found = requests.get(url, timeout=5)
    _schema(spec, "StoredApplication").validate(found.json())
    health = requests.get(f"{server.url}/api/v1/health", timeout=5)
    _schema(spec, "Health").validate(health.json())
    bad = requests.put(f"{server.url}/api/v1/applications/{uuid.uuid4().hex}", data=b"[",
                       timeout=5)
    assert bad.status_code == 400
    _schema(spec, "Error").validate(bad.json())
    # The schema really checks: a wrong case id is rejected.
    with pytest.raises(ValidationError, match="does not match"):
        _schema(spec, "Stored").validate({"case_id": "X-1", "stored_at": "2026-01-01T00:00:00Z"})
