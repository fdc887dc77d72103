"""FITKO's Submission API 1.1.3 as a checker of real HTTP exchanges (no fixtures here).

:class:`Official` reads ``tests/data/fitconnect/submission-api-1.1.3.yaml`` (vendored
unchanged, see SOURCE.md there) and says, for one ``requests`` answer, which of the
document's operations the request was and what in the request or its answer the document
does not allow: path and query parameters, the request's media type and body, the bearer
token where the operation names OAuth2, the answer's status, media type, body and required
headers. Schemas are checked with openapi-schema-validator (OpenAPI 3.0, its format
checker).

The document's paths are ``/v1/…``; the terminal calls ``/v2/…``. :func:`official_path`
is the one mapping: ``/v2/X`` is checked as ``/v1/X``. The stand-in serves both by the
same code (``sync.reference.routes.canonical``), which ``tests/test_openapi_official.py``
checks.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests
import yaml
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator, oas30_format_checker

OFFICIAL_FILE = Path(__file__).parent / "data" / "fitconnect" / "submission-api-1.1.3.yaml"
OFFICIAL_SHA256 = "1e53ebafa222a2b30e068acb73b96fc408930fd4a7bb3e287f1db30b4ed76d9d"
METHODS = ("get", "put", "post", "delete", "patch")


def load_official() -> dict[str, Any]:
    """The vendored document, after checking it is the file SOURCE.md names."""
    raw = OFFICIAL_FILE.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == OFFICIAL_SHA256, "not the vendored 1.1.3 file"
    data = yaml.safe_load(raw.decode("utf-8"))
    assert isinstance(data, dict)
    return data


def official_path(path: str) -> str:
    """The documented path for a path the terminal calls: ``/v2/X`` → ``/v1/X``."""
    return f"/v1/{path[4:]}" if path.startswith("/v2/") else path


class Operation:
    """One operation of the document: its template, method and definition."""

    def __init__(self, spec: Official, template: str, method: str,
                 item: dict[str, Any]) -> None:
        self.template, self.method = template, method.upper()
        self.definition: dict[str, Any] = item[method]
        self.id: str = self.definition["operationId"]
        params = [spec.resolve(p) for p in
                  item.get("parameters", []) + self.definition.get("parameters", [])]
        self.path_params = {p["name"]: p for p in params if p["in"] == "path"}
        self.query_params = {p["name"]: p for p in params if p["in"] == "query"}
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
        self.regex = re.compile(pattern)
        self.needs_token = any("OAuth2" in s for s in self.definition.get("security", []))


class Official:
    """The document and what it says about an exchange."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.operations = [Operation(self, template, method, item)
                           for template, item in raw["paths"].items()
                           for method in METHODS if method in item]

    def resolve(self, obj: dict[str, Any]) -> dict[str, Any]:
        """``obj`` with a local ``$ref`` followed (``#/components/…``)."""
        while "$ref" in obj:
            node: Any = self.raw
            for part in obj["$ref"].removeprefix("#/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            obj = node
        return obj

    def errors(self, schema: dict[str, Any], value: Any) -> list[str]:
        """What ``value`` breaks of ``schema`` (its ``$ref``s resolved in the document)."""
        validator = OAS30Validator({**schema, "components": self.raw["components"]},
                                   format_checker=oas30_format_checker)
        return [_described(e) for e in validator.iter_errors(value)]

    def operation(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        for op in self.operations:
            if op.method == method.upper() and (m := op.regex.fullmatch(path)) is not None:
                return op, m.groupdict()
        return None

    def check(self, response: requests.Response, root: str = "") -> tuple[str, list[str]]:
        """(operation id, what the document does not allow) for one answer and its request;
        ``root``: the API's URL, whose path is cut off before matching."""
        request = response.request
        assert request.url is not None
        assert request.method is not None
        url = urlsplit(request.url)
        path = official_path(url.path.removeprefix(urlsplit(root).path.rstrip("/")))
        found = self.operation(request.method, path)
        if found is None:
            return "-", [f"{request.method} {path}: no such operation in the document"]
        op, path_values = found
        problems = [f"path parameter {name}: {e}" for name, value in path_values.items()
                    for e in self._parameter(op.path_params[name], value)]
        for name, value in parse_qsl(url.query, keep_blank_values=True):
            if name not in op.query_params:
                problems.append(f"query parameter {name!r} is not in the document")
            else:
                problems += [f"query parameter {name}: {e}"
                             for e in self._parameter(op.query_params[name], value)]
        if op.needs_token and not (request.headers.get("Authorization") or "").startswith(
                "Bearer "):
            problems.append("no bearer token, though the operation names OAuth2")
        problems += self._request_body(op, request)
        problems += self._answer(op, response)
        return op.id, problems

    def _parameter(self, param: dict[str, Any], text: str) -> list[str]:
        schema = self.resolve(param["schema"])
        value: Any = text
        if schema.get("type") == "integer":
            try:
                value = int(text)
            except ValueError:
                return [f"{text[:40]!r} is not an integer"]
        return self.errors(schema, value)

    def _request_body(self, op: Operation, request: requests.PreparedRequest) -> list[str]:
        body = request.body
        data = body.encode() if isinstance(body, str) else (body or b"")
        spec = op.definition.get("requestBody")
        if spec is None:
            return ["a request body, which the operation does not take"] if data else []
        spec = self.resolve(spec)
        media = (request.headers.get("Content-Type") or "").split(";")[0].strip()
        if not data:
            return ["no request body, which the operation requires"] \
                if spec.get("required") else []
        if media not in spec["content"]:
            return [f"request media type {media!r}, documented: {sorted(spec['content'])}"]
        return [f"request body {e}" for e in
                self.errors(spec["content"][media]["schema"], _decoded(media, data))]

    def _answer(self, op: Operation, response: requests.Response) -> list[str]:
        responses = op.definition["responses"]
        status = str(response.status_code)
        if status not in responses and "default" not in responses:
            return [f"status {status}, documented: {sorted(responses)}"]
        spec = self.resolve(responses.get(status, responses.get("default", {})))
        problems = []
        for name, header in spec.get("headers", {}).items():
            header = self.resolve(header)
            if name not in response.headers:
                if header.get("required"):
                    problems.append(f"answer {status} without the required header {name}")
            else:
                problems += [f"header {name}: {e}" for e in
                             self.errors(self.resolve(header["schema"]),
                                         response.headers[name])]
        content = spec.get("content")
        media = (response.headers.get("Content-Type") or "").split(";")[0].strip()
        if not content:
            return problems + ([f"answer {status} has a body, the document none"]
                               if response.content else [])
        if media not in content:
            return [*problems,
                    f"answer {status} media type {media!r}, documented: {sorted(content)}"]
        try:
            value = _decoded(media, response.content)
        except ValueError:
            return [*problems, f"answer {status} is not {media}"]
        return problems + [f"answer {status} body {e}"
                           for e in self.errors(content[media]["schema"], value)]


def _described(error: ValidationError) -> str:
    """Where and what; for anyOf/oneOf, what each alternative found (not the whole value)."""
    where = "/".join(map(str, error.absolute_path)) or "(root)"
    if error.context:
        return f"{where}: " + "; ".join(sorted({_described(e) for e in error.context}))
    return f"{where}: {error.message[:160]}"


def _decoded(media: str, data: bytes) -> Any:
    text = data.decode("utf-8")
    return json.loads(text) if media.endswith("json") else text


def is_invalid(official: Official, schema_name: str, value: Any) -> bool:
    """True if ``value`` fails the document's ``components.schemas[schema_name]``."""
    try:
        OAS30Validator({"$ref": f"#/components/schemas/{schema_name}",
                        "components": official.raw["components"]},
                       format_checker=oas30_format_checker).validate(value)
    except ValidationError:
        return True
    return False
