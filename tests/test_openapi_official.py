"""FITKO's published Submission API 1.1.3 against the stand-in and the sender.

The document (``tests/data/fitconnect/submission-api-1.1.3.yaml``, vendored unchanged) is
valid OpenAPI 3.0; schemathesis generates requests for its sender-side operations (tag
``Einreichungsübermittlung``, with the event log, the JWKS and ``info``) and sends them to a
real stand-in on 127.0.0.1 with a valid bearer token: no 5xx, every status, media type,
header and body as the document says. One real delivery by the sender (outbox, deliver,
verdict) is recorded on the wire, and every request it sent and every answer it got is
checked against the document (``helpers_openapi.Official``, openapi-schema-validator).

The document's paths are ``/v1/…``; the terminal calls ``/v2/…``. The stand-in serves the
sender's operations under both by the same code; schemathesis calls ``/v1`` as the document
says, the sender's traffic is checked with ``/v2/X`` read as ``/v1/X``, and
:func:`test_the_stand_in_answers_v1_as_v2` checks that the two give the same answers.

Where the stand-in or the sender knowingly differ from 1.1.3 (docs/fitconnect.md,
*Checked against FITKO's Submission API*), the difference is named below and asserted
exactly, so it cannot grow unnoticed.
"""

from __future__ import annotations

import json
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from helpers_openapi import Official, is_invalid, load_official
from helpers_sync import make_app, tokens_for
from hypothesis import HealthCheck, Phase, given, settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from sync.delivery import deliver
from sync.outbox import Outbox
from sync.protocol import IntakeClient
from sync.reference.server import IntakeServer

SENDER_TAG = "Einreichungsübermittlung"
#: Beyond the tag: what the sender also calls (``health()`` reads ``info``).
ALSO = {"get-info"}
#: The sender-side operations of 1.1.3 and nothing else.
SENDER_OPERATIONS = {"get-destination-info", "get-destination-key", "get-case-events",
                     "create-submission", "submit-submission", "add-submission-attachment",
                     "get-jwks.json", "get-info"}
MAX_EXAMPLES = 25  # per operation and variant (random ids, the stand-in's real ids)
#: Known, documented differences (docs/fitconnect.md): (operation, status) → why.
UNDOCUMENTED_STATUS = {
    ("add-submission-attachment", 404):
        "1.1.3 lists no 404 for an upload; the stand-in answers 404 for a submission it "
        "does not know, as for the submit and the event log",
}
#: What the sender sends that 1.1.3 does not name (a difference, named here exactly).
SENDER_EXTRAS = {
    ("get-case-events", "query parameter 'wait' is not in the document"),
}

schemathesis.serializer.alias("application/jose", "text/plain")


@dataclass
class Peer:
    server: IntakeServer
    official: Official
    token: str
    traffic: list[requests.Response] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # real path parameters
    delivered: int = 0  # exchanges of the one delivery (the first in ``traffic``)


@pytest.fixture(scope="module")
def peer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peer]:
    """A stand-in with a UUID destination (as FIT-Connect's), after one real delivery."""
    tmp = tmp_path_factory.mktemp("official")
    server = IntakeServer("127.0.0.1", 0, tmp / "intake", destination_id=str(uuid.uuid4()),
                          check_signatures=False)
    server.start()
    try:
        tokens = tokens_for(server.url, tmp / "intake")
        client = IntakeClient(server.url, key_trust=server.key_trust, tokens=tokens)
        traffic: list[requests.Response] = []
        client.session.hooks["response"].append(
            lambda response, *args, **kwargs: traffic.append(response))
        peer = Peer(server, Official(load_official()), tokens.token(client), traffic)
        peer.ids.update(_deliver_one(server, client, tmp))
        peer.delivered = len(traffic)  # what follows sets up the schemathesis run
        key = client.destination(server.destination_id)["encryptionKid"]
        unfinished = client.announce(server.destination_id,
                                     "urn:de:fim:leika:leistung:99999999000004", "x",
                                     [peer.ids["attachmentId"]])
        peer.ids.update(destinationId=server.destination_id, keyId=key,
                        open_submission=unfinished.submission_id)
        client.close()
        yield peer
    finally:
        server.stop()


def _deliver_one(server: IntakeServer, client: IntakeClient, tmp: Path) -> dict[str, str]:
    with Outbox(tmp / "outbox.sqlite3", tmp / "terminal.key") as box:
        item_id = box.enqueue(make_app(vorgangsnummer="2026-T01-000015"))
        deadline = time.monotonic() + 30
        while box.item(item_id).state not in ("confirmed", "failed"):
            assert time.monotonic() < deadline, "no verdict in 30 s"
            # with a region: the announcement's `region`, which 1.1.3 does not name but
            # allows (CreateSubmission takes further properties)
            state, _case = deliver(box, client, box.item(item_id), server.destination_id,
                                   region="DE073350000000")
            item = box.item(item_id)
            if state == "sending":
                assert item.case_ref is not None
                assert item.submission_id is not None
                client.submission(item.case_ref, item.submission_id, wait_s=5,
                                  destination_id=server.destination_id)
        item = box.item(item_id)
    assert item.state == "confirmed", item.last_error
    assert item.case_ref
    assert item.submission_id
    return {"caseId": item.case_ref, "submissionId": item.submission_id,
            "attachmentId": item.attachment_ids[0]}


def test_the_official_document_is_valid_openapi_30() -> None:
    raw = load_official()
    validate(raw)
    assert (raw["openapi"], raw["info"]["version"]) == ("3.0.0", "1.1.3")
    assert "CC BY-SA 4.0" in raw["info"]["license"]["name"]
    official = Official(raw)
    tagged = {op.id for op in official.operations
              if SENDER_TAG in op.definition.get("tags", [])}
    assert tagged | ALSO == SENDER_OPERATIONS
    # The token endpoint is no operation of the document: only the OAuth2 scheme's
    # tokenUrl (another host). The sender's token exchange is checked in test_openapi.py.
    flows = raw["components"]["securitySchemes"]["OAuth2"]["flows"]
    assert set(flows) == {"clientCredentials"}
    assert not any(path.endswith("/token") for path in raw["paths"])


def test_the_senders_real_traffic_speaks_the_published_contract(peer: Peer) -> None:
    """Every request of one real delivery and every answer, against the document."""
    root = peer.server.url
    seen: Counter[str] = Counter()
    extras = set()
    for n, response in enumerate(peer.traffic):
        operation, problems = "token", []  # not an operation of the document (see above)
        if response.request.url != peer.server.token_url:
            operation, problems = peer.official.check(response, root)
        if n < peer.delivered:
            seen[operation] += 1
        extras.update((operation, problem) for problem in problems)
    assert extras == SENDER_EXTRAS
    # What one delivery does: token, destination, key, announce, upload, submit, JWKS,
    # the event log (at least twice: before the verdict and with it), the signature key.
    assert set(seen) == {"token", "get-destination-info", "get-destination-key",
                         "create-submission", "add-submission-attachment",
                         "submit-submission", "get-jwks.json", "get-case-events"}
    assert seen["get-destination-key"] == 2  # the encryption key, the signature key
    assert seen["create-submission"] == seen["submit-submission"] == 1
    announce = next(r for r in peer.traffic[:peer.delivered]
                    if r.request.method == "POST" and r.request.url != peer.server.token_url)
    assert json.loads(announce.request.body or b"")["region"] == "DE073350000000"
    assert seen["add-submission-attachment"] == 1


def test_the_checker_finds_what_the_document_forbids(peer: Peer) -> None:
    """The checker of the test above can fail: answers the document does not allow."""
    official = peer.official
    good = next(r for r in peer.traffic if r.request.method == "PUT"
                and "/attachments/" not in (r.request.url or ""))
    assert official.check(good, peer.server.url) == ("submit-submission", [])
    bad = requests.models.Response()
    bad.status_code, bad.request, bad._content = 200, good.request, b'{"caseId": 1}'
    bad.headers["Content-Type"] = "application/json"
    _op, problems = official.check(bad, peer.server.url)
    assert problems == ["status 200, documented: ['202', '400', '401', '403', '404', '413', "
                        "'415', '422']"]
    bad.status_code = 202
    assert any("'submissionId' is a required property" in p
               for p in official.check(bad, peer.server.url)[1])
    assert is_invalid(official, "SubmissionCreated", {"submissionId": "x"})
    assert not is_invalid(official, "SecurityEventToken", "a.b.c")


def test_the_stand_in_answers_v1_as_v2(peer: Peer) -> None:
    """The stand-in's /v1 routes are its /v2 routes: the same answers, byte for byte
    (but for the SETs' signatures, made anew per read: their count and events)."""
    auth = {"Authorization": f"Bearer {peer.token}"}
    ids = peer.ids
    for path in (f"/destinations/{ids['destinationId']}",
                 f"/destinations/{ids['destinationId']}/keys/{ids['keyId']}",
                 f"/destinations/{uuid.uuid4()}", "/info",
                 f"/cases/{uuid.uuid4()}/events"):
        v1, v2 = (requests.get(f"{peer.server.url}/{v}{path}", headers=auth, timeout=5)
                  for v in ("v1", "v2"))
        assert (v1.status_code, v1.headers.get("Content-Type"), v1.content) == \
            (v2.status_code, v2.headers.get("Content-Type"), v2.content), path
    logs = [requests.get(f"{peer.server.url}/{v}/cases/{ids['caseId']}/events",
                         headers=auth, timeout=5).json() for v in ("v1", "v2")]
    assert len(logs[0]["eventLog"]) == len(logs[1]["eventLog"]) == 2
    for v in ("v1", "v2"):
        refused = requests.put(f"{peer.server.url}/{v}/submissions/{ids['open_submission']}"
                               f"/attachments/{uuid.uuid4()}", data=b"x.y.z.a.b",
                               headers={**auth, "Content-Type": "application/jose"},
                               timeout=5)
        assert refused.status_code == 422  # not announced, as 1.1.3 says
    for unsupported in ({"caseId": str(uuid.uuid4())}, {"callback": {
            "url": "https://example.org/cb", "secret": "s" * 32}}):
        body = {"destinationId": ids["destinationId"], "announcedAttachments": [],
                "serviceType": {"identifier": "urn:de:fim:leika:leistung:99999999000004",
                                "name": "x"}, **unsupported}
        refused = requests.post(f"{peer.server.url}/v1/submissions", json=body,
                                headers=auth, timeout=5)
        assert refused.status_code == 422, unsupported  # not implemented: never ignored
        assert peer.official.check(refused, peer.server.url)[1] == []
    # What 1.1.3 publishes without a token, the stand-in does too.
    for path, operation in ((f"/v1/destinations/{ids['destinationId']}/keys/{ids['keyId']}",
                             "get-destination-key"), ("/v1/info", "get-info"),
                            ("/.well-known/jwks.json", "get-jwks.json")):
        public = requests.get(f"{peer.server.url}{path}", timeout=5)
        assert public.status_code == 200, path
        assert peer.official.check(public, peer.server.url) == (operation, [])
    assert requests.get(f"{peer.server.url}/v1/destinations/{ids['destinationId']}",
                        timeout=5).status_code == 401
    # The fleet's routes are the stand-in's own and stay under /v2 only.
    assert requests.get(f"{peer.server.url}/v1/fleet/terminals", headers=auth,
                        timeout=5).status_code == 404


@pytest.mark.parametrize("status", [200, 202])
def test_the_sender_takes_202_and_200_for_the_submit(status: int) -> None:
    """1.1.3 answers the submit 202; this client's earlier reading of v2 said 200."""
    answered: list[str] = []

    class Answer(requests.adapters.BaseAdapter):
        def send(self, request: requests.PreparedRequest, *args: Any,
                 **kwargs: Any) -> requests.Response:
            answered.append(f"{request.method} {request.path_url}")
            response = requests.Response()
            response.status_code, response.request, response._content = status, request, b"{}"
            return response

        def close(self) -> None:
            pass

    client = IntakeClient("http://127.0.0.1:9")
    client.session.mount("http://", Answer())
    client.submit(str(uuid.uuid4()), "a.b.c.d.e", "a.b.c.d.e")  # no exception: taken
    assert answered[0].startswith("PUT /v2/submissions/")


def test_the_event_log_pages_as_1_1_3_says(peer: Peer) -> None:
    auth = {"Authorization": f"Bearer {peer.token}"}
    events = f"{peer.server.url}/v1/cases/{peer.ids['caseId']}/events"
    whole = requests.get(events, headers=auth, timeout=5)
    assert peer.official.check(whole, peer.server.url) == ("get-case-events", [])
    assert (whole.json()["count"], whole.json()["offset"], whole.json()["totalCount"]) == \
        (2, 0, 2)
    first = requests.get(f"{events}?limit=1", headers=auth, timeout=5)
    second = requests.get(f"{events}?limit=1&offset=1", headers=auth, timeout=5)
    past = requests.get(f"{events}?offset=5", headers=auth, timeout=5)
    for page in (first, second, past):
        assert peer.official.check(page, peer.server.url) == ("get-case-events", [])
    assert len(first.json()["eventLog"]) == len(second.json()["eventLog"]) == 1
    # The signatures are made anew per read; the headers (kid) and the order are not.
    heads = [e.split(".")[0] for e in whole.json()["eventLog"]]
    assert [first.json()["eventLog"][0].split(".")[0],
            second.json()["eventLog"][0].split(".")[0]] == heads
    assert (past.json()["eventLog"], past.json()["totalCount"]) == ([], 2)
    for bad in ("limit=0", "limit=501", "offset=-1", "limit=%C2%B2", "offset=x"):
        refused = requests.get(f"{events}?{bad}", headers=auth, timeout=5)
        assert refused.status_code == 400, bad
        assert refused.headers["Content-Type"] == "application/problem+json"


@pytest.mark.slow
def test_schemathesis_against_the_stand_in(peer: Peer) -> None:
    """Generated requests for the sender's operations of 1.1.3, with random and with real
    ids; bounded: at most MAX_EXAMPLES per variant, 2 s a request, well under 60 s."""
    schema = schemathesis.openapi.from_dict(peer.official.raw)
    operations = {op.definition.raw.get("operationId"): op
                  for result in schema.get_all_operations() if (op := result.ok())}
    assert set(operations) >= SENDER_OPERATIONS
    ids = peer.ids
    real = {"destinationId": ids["destinationId"], "keyId": ids["keyId"],
            "caseId": ids["caseId"], "submissionId": ids["open_submission"],
            "attachmentId": ids["attachmentId"]}
    auth = {"Authorization": f"Bearer {peer.token}"}
    session = requests.Session()
    ran: Counter[str] = Counter()
    statuses: dict[str, Counter[int]] = {}
    undocumented: set[tuple[str, int]] = set()
    failures: set[tuple[str, int, str]] = set()
    started = time.monotonic()
    for operation_id in sorted(SENDER_OPERATIONS):
        operation = operations[operation_id]
        names = [p.name for p in operation.path_parameters]
        variants = [operation.as_strategy()]
        if names:
            variants.append(operation.as_strategy(
                path_parameters={n: real[n] for n in names}))
        if operation_id == "create-submission":  # a body that can be created (201)
            variants.append(operation.as_strategy().map(
                lambda case: _creatable(case, ids["destinationId"])))
        for strategy in variants:
            _run(peer.official, operation_id, strategy, peer.server.url, session, auth, ran,
                 statuses.setdefault(operation_id, Counter()), undocumented, failures)
    took = time.monotonic() - started
    session.close()
    print(f"schemathesis: {len(ran)} operations, {sum(ran.values())} examples in "
          f"{took:.1f} s; statuses {dict(sorted((k, dict(v)) for k, v in statuses.items()))}")
    assert not failures
    assert set(ran) == SENDER_OPERATIONS
    assert undocumented == set(UNDOCUMENTED_STATUS)  # the known difference, still there
    assert took < 60
    # The real ids reached the answers that matter, not only 404s.
    assert statuses["get-destination-info"][200]
    assert statuses["get-destination-key"][200]
    assert statuses["get-case-events"][200]
    assert statuses["create-submission"][201]
    assert statuses["get-jwks.json"][200]
    assert statuses["get-info"][200]
    assert statuses["add-submission-attachment"][400]  # generated text is no JWE


def _creatable(case: Any, destination_id: str) -> Any:
    """A generated announcement made creatable: the stand-in's destination, a Leika key,
    and neither a reply (caseId) nor a callback, which the stand-in refuses (422)."""
    body = dict(case.body)
    body["destinationId"] = destination_id
    body["serviceType"] = {**body["serviceType"],
                           "identifier": "urn:de:fim:leika:leistung:99999999000004"}
    body.pop("caseId", None)
    body.pop("callback", None)
    case.body = body
    return case


def _run(official: Official, operation_id: str, strategy: Any, base_url: str,
         session: requests.Session, auth: dict[str, str], ran: Counter[str],
         statuses: Counter[int],
         undocumented: set[tuple[str, int]], failures: set[tuple[str, int, str]]) -> None:
    checks = [not_a_server_error, status_code_conformance, content_type_conformance,
              response_headers_conformance, response_schema_conformance]

    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=True,
              phases=[Phase.explicit, Phase.generate], print_blob=False,
              suppress_health_check=list(HealthCheck))
    @given(case=strategy)
    def one(case: Any) -> None:
        response = case.call(base_url=base_url, session=session, headers=auth, timeout=2)
        ran[operation_id] += 1
        statuses[response.status_code] += 1
        if (operation_id, response.status_code) in UNDOCUMENTED_STATUS:
            undocumented.add((operation_id, response.status_code))
            assert response.headers["content-type"] == ["application/problem+json"]
            assert not is_invalid(official, "Error", json.loads(response.content))
            return
        try:
            case.validate_response(response, checks=checks)
        except (AssertionError, BaseExceptionGroup) as exc:  # schemathesis' Failure(Group):
            # collected, all reported at the end
            failures.add((operation_id, response.status_code, _titles(exc)))

    one()


def _titles(exc: BaseException) -> str:
    """What schemathesis found, one line per failure."""
    found = exc.exceptions if isinstance(exc, BaseExceptionGroup) else (exc,)
    return "; ".join(sorted({f"{getattr(e, 'title', type(e).__name__)}: "
                             f"{getattr(e, 'message', str(e)).splitlines()[0][:120]}"
                             for e in found}))
