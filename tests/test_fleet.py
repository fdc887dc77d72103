"""The fleet heartbeat: ``metrics`` sends it, the stand-in keeps it, ``fleet status`` reads it.

The real reference intake server on 127.0.0.1 (a free port) with its tokens, its real
SQLite; the terminal's side as the metrics timer runs it (``python -m ui.main metrics``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import requests
import yaml
from helpers_sync import free_port, sender_settings
from openapi_schema_validator import OAS31Validator
from test_doctor import MACHINE, queue_one
from test_metrics import parse

from kiosk.commands import COMMANDS, run
from sync.oauth import ClientCredentials
from sync.protocol import IntakeClient
from sync.reference.fleet import FLEET_DB, FleetStore
from sync.reference.server import IntakeServer

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "sync" / "openapi.yaml").read_text(encoding="utf-8"))


def spec_schema(name: str) -> OAS31Validator:
    """A schema of sync/openapi.yaml, where the stand-in's fleet routes are published."""
    return OAS31Validator({"$ref": f"#/components/schemas/{name}",
                           "components": SPEC["components"]})


def terminal_config(tmp_path: Path, intake_url: str, extra: dict[str, Any] | None = None,
                    name: str = "TEST-01") -> Path:
    config = tmp_path / f"{name}.toml"
    values = {"data_dir": str(tmp_path / name), "terminal_id": name,
              "office_name": "Ortsverwaltung Nord", "place": "Musterstadt",
              "intake_url": intake_url, "heartbeat": "intake", **(extra or {})}
    config.write_text("".join(f"{k} = {json.dumps(str(v))}\n" for k, v in values.items()),
                      encoding="utf-8")
    return config


def metrics(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.main", "metrics", "--offline",
                           "--config", str(config), *MACHINE, *args], cwd=ROOT,
                          env=dict(os.environ), capture_output=True, text=True, timeout=120,
                          check=False)


def fleet_args(intake: IntakeServer) -> list[str]:
    client_id, secret_file = intake.fleet_client
    return ["--server", intake.url, "--client-id", client_id,
            "--client-secret-file", str(secret_file)]


def fleet_status(capsys: pytest.CaptureFixture[str], intake: IntakeServer,
                 *args: str) -> tuple[int, str, str]:
    code = run(COMMANDS, ["fleet", "status", *fleet_args(intake), *args])
    out, err = capsys.readouterr()
    return code, out, err


def beat(terminal_id: str, status: str = "ok", **changes: Any) -> dict[str, Any]:
    """A heartbeat as kiosk.heartbeat builds it (the end-to-end test builds a real one)."""
    return {"heartbeat": 1, "terminal_id": terminal_id, "office_name": "Ortsverwaltung Süd",
            "place": "Musterstadt", "version": "0.1.0", "install": "package",
            "sent_at": time.time(), "uptime_s": 3600.0,
            "doctor": {"status": status, "checks": {"outbox": status}},
            "outbox": {"by_state": {"queued": 0, "failed": 0}, "oldest_waiting_s": 0.0},
            "last_successful_sync": None, "receipt_printer": {"status": "ok", "detail":
                                                              "escpos://printer:9100: online, "
                                                              "paper present"},
            "payment_terminal": None, **changes}


def sender(intake: IntakeServer) -> IntakeClient:
    return IntakeClient(intake.url, tokens=intake.sender_tokens())


def test_the_timers_heartbeat_is_kept_and_listed_with_the_gauges_figures(
        tmp_path: Path, intake: IntakeServer, capsys: pytest.CaptureFixture[str]) -> None:
    queue_one(tmp_path / "TEST-01", age_s=2 * 3600)
    config = terminal_config(tmp_path, intake.url, {
        k: v for k, v in sender_settings(intake).items() if k != "destination_id"})
    prom = tmp_path / "buergerbuero.prom"
    done = metrics(config, "--textfile", str(prom))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    gauges = parse(prom.read_text(encoding="utf-8"))

    code, out, err = fleet_status(capsys, intake, "--json")
    assert err == ""
    report = json.loads(out)
    [terminal] = report["terminals"]
    sent = terminal["heartbeat"]
    spec_schema("Heartbeat").validate(sent)  # what kiosk.heartbeat builds, as published
    assert terminal["terminal_id"] == sent["terminal_id"] == "TEST-01"
    assert (sent["office_name"], sent["place"]) == ("Ortsverwaltung Nord", "Musterstadt")
    assert terminal["heartbeats"] == 1
    assert terminal["assessment"] == sent["doctor"]["status"]
    assert report["silent"] == []
    assert 0 <= terminal["silent_s"] < 900
    # The same figures as the gauges, taken once.
    assert sent["doctor"]["checks"] == {
        dict(labels)["check"]: ("ok", "warn", "fail")[int(value)]
        for (name, labels), value in gauges.items()
        if name == "buergerbuero_doctor_check_status"}
    assert sent["doctor"]["status"] == ("ok", "warn", "fail")[
        int(gauges[("buergerbuero_doctor_status", ())])]
    assert sent["outbox"]["by_state"]["queued"] == 1 == gauges[
        ("buergerbuero_outbox_items", (("state", "queued"),))]
    assert sent["outbox"]["oldest_waiting_s"] == gauges[
        ("buergerbuero_outbox_oldest_waiting_seconds", ())]
    assert sent["uptime_s"] == gauges[("buergerbuero_host_uptime_seconds", ())]
    assert sent["receipt_printer"]["status"] == "ok"  # not configured: the doctor says ok
    assert sent["last_successful_sync"] is None
    assert code == {"ok": 0, "warn": 1, "fail": 2}[sent["doctor"]["status"]]
    # Nothing personal on the central side, in the answer or on its disk.
    stored = b"".join(p.read_bytes() for p in intake.data_dir.glob(f"{FLEET_DB}*"))
    for personal in ("Mustermann", "2026-AAAA-BBBB-1", "k1"):
        assert personal not in out
        assert personal.encode() not in stored


def test_silent_terminals_are_flagged_and_make_the_exit_status_2(
        intake: IntakeServer, capsys: pytest.CaptureFixture[str]) -> None:
    client = sender(intake)
    client.heartbeat(beat("OV-Nord-01"))
    client.heartbeat(beat("OV-Ost-02", "warn"))
    client.close()
    # A terminal last heard an hour ago: its row as the server would have kept it then.
    store = FleetStore(intake.data_dir)
    store.record(beat("OV-Süd-03"), received_at=time.time() - 3600)
    store.close()

    code, out, _ = fleet_status(capsys, intake, "--json", "--silent-after", "15")
    report = json.loads(out)
    assert code == 2
    assert report["silent"] == ["OV-Süd-03"]
    assert {t["terminal_id"]: t["assessment"] for t in report["terminals"]} == {
        "OV-Nord-01": "ok", "OV-Ost-02": "warn", "OV-Süd-03": "silent"}

    code, out, _ = fleet_status(capsys, intake)
    lines = out.splitlines()
    assert code == 2
    assert len(lines) == 3
    assert lines[2].startswith("SILENT OV-Süd-03; Ortsverwaltung Süd, Musterstadt; "
                               "last heartbeat 60 min ago")
    assert "printer ok" in lines[0]
    assert "payment terminal not checked" in lines[0]
    assert lines[1].startswith("warn   OV-Ost-02")
    assert "doctor: outbox" in lines[1]

    code, out, _ = fleet_status(capsys, intake, "--silent-after", "120")
    assert code == 1  # nobody silent within two hours; OV-Ost-02's doctor warns


def test_an_empty_fleet_and_an_unreachable_server_say_so(
        tmp_path: Path, intake: IntakeServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = fleet_status(capsys, intake)
    assert code == 1
    assert out.startswith("no terminal has sent a heartbeat yet")
    code = run(COMMANDS, ["fleet", "status", "--server", f"http://127.0.0.1:{free_port()}"])
    out, err = capsys.readouterr()
    assert code == 3
    assert out == ""
    assert err == "error: the fleet cannot be read: GET /fleet/terminals failed: " \
        "ConnectionError\n"


def test_each_route_takes_only_its_own_clients_token(intake: IntakeServer) -> None:
    api = f"{intake.url}/v2/fleet"
    client_id, secret_file = intake.fleet_client
    fleet_tokens = ClientCredentials(intake.token_url, client_id, secret_file.read_text().strip())
    fleet_bearer = {"Authorization": f"Bearer {fleet_tokens.token(sender(intake))}"}
    sender_bearer = {"Authorization": f"Bearer {intake.sender_tokens().token(sender(intake))}"}
    body = json.dumps(beat("OV-Nord-01"))
    json_type = {"Content-Type": "application/json"}
    assert requests.get(f"{api}/terminals", timeout=5).status_code == 401
    assert requests.post(f"{api}/heartbeats", data=body, headers=json_type,
                         timeout=5).status_code == 401
    assert requests.get(f"{api}/terminals", headers=sender_bearer, timeout=5).status_code == 403
    assert requests.post(f"{api}/heartbeats", data=body, headers={**json_type, **fleet_bearer},
                         timeout=5).status_code == 403
    # The fleet's token cannot send applications either.
    assert requests.post(f"{intake.url}/v2/submissions", data="{}",
                         headers={**json_type, **fleet_bearer}, timeout=5).status_code == 403
    assert requests.post(f"{api}/heartbeats", data=body, headers={**json_type, **sender_bearer},
                         timeout=5).status_code == 204
    listed = requests.get(f"{api}/terminals", headers=fleet_bearer, timeout=5)
    assert listed.status_code == 200
    spec_schema("Fleet").validate(listed.json())
    assert [t["terminal_id"] for t in listed.json()["terminals"]] == ["OV-Nord-01"]


@pytest.mark.parametrize(("body", "reason"), [
    (beat("T-1", name="Erika Mustermann"), "unknown heartbeat field(s): name"),
    (beat("T-1", place="x" * 301), "heartbeat field 'place' is not text"),
    (beat("../T-1"), "'terminal_id' must be 1-64 characters"),
    (beat("T-1", doctor={"status": "ok", "checks": {"outbox": "fine"}}),
     "heartbeat field 'doctor' is not doctor"),
    (beat("T-1", outbox={"by_state": {"queued": 1}, "oldest_waiting_s": 0.0, "who": "x"}),
     "heartbeat field 'outbox' is not outbox"),
    (beat("T-1", receipt_printer={"status": "ok", "detail": {"nested": "x"}}),
     "heartbeat field 'detail' is not text"),
    ({k: v for k, v in beat("T-1").items() if k != "sent_at"}, "the heartbeat lacks: sent_at"),
    ([1, 2], "the heartbeat must be a JSON object"),
    (beat("T-1", uptime_s="x" * 40_000), "a heartbeat is at most 32768 bytes"),
])
def test_a_heartbeat_with_anything_else_is_refused_and_not_kept(
        intake: IntakeServer, body: Any, reason: str) -> None:
    tokens = intake.sender_tokens()
    answer = requests.post(f"{intake.url}/v2/fleet/heartbeats", data=json.dumps(body),
                           headers={"Authorization": f"Bearer {tokens.token(sender(intake))}",
                                    "Content-Type": "application/json"}, timeout=5)
    assert answer.status_code == 422
    assert answer.json()["detail"].startswith(reason)
    assert not spec_schema("Heartbeat").is_valid(body)  # the published schema agrees
    store = FleetStore(intake.data_dir)
    assert store.terminals() == []
    store.close()


def test_the_latest_heartbeat_survives_a_restart(tmp_path: Path) -> None:
    data = tmp_path / "intake"
    for version in ("0.1.0", "0.2.0"):
        server = IntakeServer("127.0.0.1", 0, data, run_processor=False)
        server.start()
        try:
            client = sender(server)
            client.heartbeat(beat("OV-Nord-01", version=version))
            client.close()
        finally:
            server.stop()
    store = FleetStore(data)
    [row] = store.terminals()
    store.close()
    assert row["heartbeats"] == 2
    assert row["heartbeat"]["version"] == "0.2.0"
    assert row["first_at"] <= row["received_at"]


def test_a_heartbeat_that_cannot_be_sent_leaves_the_gauges_and_says_why(
        tmp_path: Path) -> None:
    config = terminal_config(tmp_path, f"http://127.0.0.1:{free_port()}")
    prom = tmp_path / "buergerbuero.prom"
    done = metrics(config, "--textfile", str(prom))
    assert done.returncode == 1
    # (urllib3 logs its one new connection attempt before; a POST is tried again only
    # when it could not connect, so nothing was sent twice.)
    assert done.stderr.splitlines()[-1] == "warning: heartbeat not sent: POST " \
        "/fleet/heartbeats failed: ConnectionError"
    assert "Traceback" not in done.stderr
    assert parse(prom.read_text(encoding="utf-8"))[("buergerbuero_doctor_status", ())] >= 0


def test_without_the_setting_no_heartbeat_is_sent(tmp_path: Path, intake: IntakeServer) -> None:
    config = terminal_config(tmp_path, intake.url, {"heartbeat": "off"})
    done = metrics(config)
    assert done.returncode == 0
    assert done.stderr == ""
    store = FleetStore(intake.data_dir)
    assert store.terminals() == []
    store.close()
