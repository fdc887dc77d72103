"""The eID online function against the real AusweisApp2 (its SDK WebSocket, its Simulator).

What the real peer cannot produce (a non-keypad reader asking for a typed PIN)
runs through the transport seam with a scripted AusweisApp.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import ClassVar

import pytest
from ausweisapp import ausweisapp  # noqa: F401 - the fixture

from devices.eid.ausweisapp import AusweisAppProcess
from devices.eid.messages import AccessRights, Certificate, Secret
from devices.eid.sdk import (
    FAILED_MESSAGE,
    OFFLINE_MESSAGE,
    EidProtocolError,
    EidUnavailable,
    SdkConnection,
)
from devices.eid.service import EidConfig, EidOutcome, EidService
from devices.eid.workflow import (
    EidHandlerBase,
    SecretKind,
    SecretRequest,
    WorkflowOptions,
    run_auth,
    run_change_pin,
)
from devices.threads import WrongThread

ROOT = Path(__file__).resolve().parent.parent
PIN = "493817"
NEW_PIN = "720561"


def closed_port() -> int:
    """A loopback port with nothing listening (bound once, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Scripted(EidHandlerBase):
    """Answers from a script; records what it was asked."""

    def __init__(self, secrets: dict[SecretKind, str] | None = None, consent: bool = True,
                 cancel_on_card: threading.Event | None = None) -> None:
        self.secrets = secrets or {}
        self.consent = consent
        self.cancel_on_card = cancel_on_card
        self.asked: list[str] = []

    def confirm_access_rights(self, rights: AccessRights, certificate: Certificate) -> bool:
        self.asked.append("consent")
        return self.consent

    def ask_secret(self, request: SecretRequest) -> Secret | None:
        self.asked.append(f"secret:{request.kind.name}")
        value = self.secrets.get(request.kind)
        return Secret(value) if value else None

    def enter_on_keypad(self, request: SecretRequest) -> None:
        self.asked.append(f"keypad:{request.kind.name}")

    def card_needed(self) -> None:
        self.asked.append("card")
        if self.cancel_on_card is not None:
            self.cancel_on_card.set()


@pytest.fixture
def conn(ausweisapp: AusweisAppProcess) -> Iterator[SdkConnection]:  # noqa: F811
    connection = SdkConnection.open(ausweisapp.url)
    try:
        yield connection
    finally:
        connection.close()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ui.main", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_eid_info_json_talks_to_the_real_ausweisapp(ausweisapp: AusweisAppProcess) -> None:  # noqa: F811
    result = _cli("eid", "info", "--json", "--url", ausweisapp.url)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["available"] is True
    assert report["name"] == "AusweisApp2"
    assert report["version"].startswith("1.26.")  # Debian 12's ausweisapp2
    assert report["specification"] == "TR-03124 1.3"
    assert report["api_level"] == {"available": [1, 2], "current": 2}
    simulator = [r for r in report["readers"] if r["name"] == "Simulator"]
    # 'insertable' is AusweisApp's own start-up state (False for a moment under load),
    # so only the stable facts are checked: the Simulator is there, attached, with keypad.
    assert len(simulator) == 1
    assert simulator[0]["attached"] is True
    assert simulator[0]["keypad"] is True
    assert simulator[0]["card"] is None
    assert "PySide6" not in result.stderr


def test_eid_info_says_so_when_ausweisapp_is_not_running() -> None:
    result = _cli("eid", "info", "--json", "--url", f"ws://127.0.0.1:{closed_port()}/eID-Kernel")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["available"] is False
    assert report["error"] == OFFLINE_MESSAGE.untranslated()
    assert "Connection refused" in report["detail"]


def test_change_pin_with_the_simulator_follows_the_real_message_sequence(
        conn: SdkConnection, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    conn.negotiate()
    handler = Scripted({SecretKind.TRANSPORT_OR_PIN: PIN, SecretKind.NEW_PIN: NEW_PIN})
    start = len(conn.trace)
    assert run_change_pin(conn, handler, options=WorkflowOptions(simulator=True)) is True
    sent_and_received = [t for t in conn.trace[start:] if t not in ("< READER", "< STATUS")]
    # Observed from AusweisApp2 1.26.2: the Simulator reader has a keypad, so PIN and new
    # PIN are "typed on the reader" (SET_PIN / SET_NEW_PIN without a value). In some runs
    # (about one in four) the simulated card reports the change done without asking at all.
    head = ["> RUN_CHANGE_PIN", "< CHANGE_PIN", "< INSERT_CARD", "> SET_CARD"]
    asked = ["< ENTER_PIN", "> SET_PIN", "< ENTER_NEW_PIN", "> SET_NEW_PIN"]
    assert sent_and_received in (head + asked + ["< CHANGE_PIN"], [*head, "< CHANGE_PIN"])
    assert handler.asked in (["card", "keypad:TRANSPORT_OR_PIN", "keypad:NEW_PIN"], ["card"])
    # (The Simulator's card presence afterwards is AusweisApp's own timing; the
    # '> SET_CARD' in the sequence above is what proves the card was inserted.)
    assert PIN not in caplog.text
    assert NEW_PIN not in caplog.text


def test_cancel_ends_the_pin_change_cleanly(conn: SdkConnection) -> None:
    conn.negotiate()
    cancel = threading.Event()
    handler = Scripted(cancel_on_card=cancel)
    assert run_change_pin(conn, handler, cancel=cancel) is False
    # READER/STATUS notifications may arrive at any moment; the workflow's own
    # messages must end with our CANCEL answered by CHANGE_PIN.
    workflow = [t for t in conn.trace if t not in ("< READER", "< STATUS")]
    assert workflow[-2:] == ["> CANCEL", "< CHANGE_PIN"]
    # The SDK is free again: a new workflow can start on the same connection.
    assert conn.request("GET_API_LEVEL", "API_LEVEL")["current"] == 2


def test_auth_against_an_unreachable_eid_server_is_offline(conn: SdkConnection) -> None:
    conn.negotiate()
    handler = Scripted()
    result = run_auth(conn, handler, f"http://127.0.0.1:{closed_port()}/tcToken")
    assert not result.ok
    assert result.offline
    assert result.short_minor == "trustedChannelEstablishmentFailed"
    assert handler.asked == []  # no consent or PIN was ever asked
    # READER and STATUS come unasked whenever a reader or card changes (the SDK's
    # notifications; the card tests share pcscd): the workflow's own answer is AUTH.
    workflow = [t for t in conn.trace if t not in ("< READER", "< STATUS")]
    assert workflow[workflow.index("> RUN_AUTH") + 1] == "< AUTH"


def test_ausweisapp_missing_is_unavailable_not_a_crash() -> None:
    with pytest.raises(EidUnavailable) as info:
        AusweisAppProcess("AusweisApp2-not-installed").start(timeout=5)
    assert "not installed" in info.value.detail


# -- the transport seam: what the Simulator cannot do --------------------------------
class ScriptedAusweisApp:
    """A Transport answering commands like AusweisApp with a non-keypad reader."""

    READER: ClassVar[dict[str, object]] = {
        "name": "REINER SCT cyberJack", "attached": True, "keypad": False, "insertable": False,
        "card": {"retryCounter": 3, "deactivated": False, "inoperative": False}}

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.queue: list[dict[str, object]] = []

    def send(self, text: str) -> None:
        self.sent.append(text)
        cmd = json.loads(text)
        name = cmd["cmd"]
        if name in ("GET_API_LEVEL", "SET_API_LEVEL"):
            self.queue.append({"msg": "API_LEVEL", "available": [1, 2], "current": 2})
        elif name == "RUN_AUTH":
            self.queue += [{"msg": "AUTH"}, {"msg": "ACCESS_RIGHTS", "chat": {
                "effective": ["FamilyName", "GivenNames"], "optional": [],
                "required": ["FamilyName", "GivenNames"]}}]
        elif name == "GET_CERTIFICATE":
            self.queue.append({"msg": "CERTIFICATE", "description": {
                "subjectName": "Stadt Musterstadt", "purpose": "Bürgerbüro"}})
        elif name == "ACCEPT":
            self.queue.append({"msg": "ENTER_PIN", "reader": self.READER})
        elif name == "SET_PIN" and len(cmd.get("value", "")) != 6:
            self.queue.append({"msg": "ENTER_PIN", "error": "You must provide 6 digits",
                               "reader": self.READER})
        elif name == "SET_PIN":
            self.queue.append({"msg": "AUTH", "result": {
                "major": "http://www.bsi.bund.de/ecard/api/1.1/resultmajor#ok"},
                "url": "https://eid.example.invalid/refresh?refID=1"})
        elif name == "CANCEL":
            self.queue.append({"msg": "AUTH", "result": {
                "major": "http://www.bsi.bund.de/ecard/api/1.1/resultmajor#error",
                "minor": "http://www.bsi.bund.de/ecard/api/1.1/resultminor/sal#"
                         "cancellationByUser"}})
        else:
            self.queue.append({"msg": "BAD_STATE", "error": name})

    def recv(self, timeout: float) -> str | None:
        return json.dumps(self.queue.pop(0)) if self.queue else None

    def close(self) -> None:
        pass


def test_a_typed_pin_is_sent_once_and_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    peer = ScriptedAusweisApp()
    conn = SdkConnection(peer)
    answers = iter(["12345", PIN])  # one malformed, then the right length

    class Typist(Scripted):
        def ask_secret(self, request: SecretRequest) -> Secret | None:
            self.asked.append(f"secret:{request.kind.name}:{request.error or '-'}")
            return Secret(next(answers))

    handler = Typist()
    result = run_auth(conn, handler, "https://eid.example.invalid/tcToken")
    assert result.ok
    assert handler.asked == ["consent", "secret:PIN:-", "secret:PIN:You must provide 6 digits"]
    pins = [json.loads(t)["value"] for t in peer.sent if json.loads(t)["cmd"] == "SET_PIN"]
    assert pins == ["12345", PIN]
    assert PIN not in caplog.text
    assert PIN not in repr(conn.trace)
    assert repr(Secret(PIN)) == "Secret(<redacted>)"
    assert PIN not in str(Secret(PIN))


def test_declining_consent_cancels() -> None:
    peer = ScriptedAusweisApp()
    result = run_auth(SdkConnection(peer), Scripted(consent=False), "https://x.invalid/tc")
    assert result.cancelled
    assert [json.loads(t)["cmd"] for t in peer.sent] == ["RUN_AUTH", "GET_CERTIFICATE",
                                                          "CANCEL"]


def test_service_runs_workflows_on_its_own_thread_and_reports_the_end() -> None:
    ended: Future[tuple[EidOutcome, str]] = Future()

    class Listener:
        def eid_finished(self, outcome: EidOutcome) -> None:
            ended.set_result((outcome, threading.current_thread().name))

    service = EidService(EidConfig("connect", tc_token_url="https://x.invalid/tc"), Listener(),
                         connect=lambda _url: SdkConnection(ScriptedAusweisApp()))
    try:
        service.run_auth(Scripted(consent=False)).result(timeout=30)
        outcome, thread = ended.result(timeout=5)
    finally:
        service.stop()
    assert thread.startswith("eid")
    assert outcome.cancelled
    assert not outcome.offline
    assert outcome.trace[0] == "> GET_API_LEVEL"


def test_eid_settings_are_checked(tmp_path: Path) -> None:
    from kiosk.base.errors import ConfigError
    from kiosk.settings import load_settings

    config = tmp_path / "kiosk.toml"
    config.write_text('eid_mode = "start"\neid_tc_token_url = "https://eid.example/tc"\n',
                      encoding="utf-8")
    settings = load_settings(config)
    assert (settings.eid_mode, settings.eid_tc_token_url) == ("start", "https://eid.example/tc")
    assert settings.eid_url == "ws://127.0.0.1:24727/eID-Kernel"
    config.write_text('eid_mode = "online"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(config)
    assert "eid_mode" in str(info.value)
    assert "off, connect, start" in str(info.value)


# -- the eid thread: the thread check can fail, and every failure is an outcome -------

class EidHeard:
    def __init__(self) -> None:
        self.outcome: Future[EidOutcome] = Future()

    def eid_finished(self, outcome: EidOutcome) -> None:
        self.outcome.set_result(outcome)


def test_the_eid_thread_check_can_fail() -> None:
    listener = EidHeard()
    service: EidService | None = None

    def connect(_url: str) -> SdkConnection:
        assert service is not None
        service.assert_on_eid_thread()  # the SDK connection is opened on the eid thread
        return SdkConnection(ScriptedAusweisApp())

    service = EidService(EidConfig("connect", tc_token_url="https://x.invalid/tc"), listener,
                         connect=connect)
    try:
        # The first caller is this thread: it used to become "the eid thread".
        with pytest.raises(WrongThread) as info:
            service.assert_on_eid_thread()
        assert "AusweisApp" in str(info.value)
        service.run_auth(Scripted(consent=False)).result(30)
        outcome = listener.outcome.result(5)
        assert outcome.error is None
        assert outcome.cancelled
        with pytest.raises(WrongThread):
            service.assert_on_eid_thread()
        with pytest.raises(WrongThread):
            service._url()
    finally:
        service.stop()


class _Crashing(ScriptedAusweisApp):
    """An SDK connection whose every call fails with an exception nobody expected."""

    def send(self, text: str) -> None:
        raise RuntimeError("websocket internals")

    def close(self) -> None:
        raise RuntimeError("websocket internals on close")


def test_eid_exceptions_while_cancelling_and_closing_still_end_the_workflow(
        caplog: pytest.LogCaptureFixture) -> None:
    listener = EidHeard()
    service = EidService(EidConfig("connect", tc_token_url="https://x.invalid/tc"), listener,
                         connect=lambda _url: SdkConnection(_Crashing()))
    try:
        service.run_auth(Scripted()).result(30)
        outcome = listener.outcome.result(5)
    finally:
        service.stop()
    assert isinstance(outcome.error, EidProtocolError)
    assert outcome.error.message == FAILED_MESSAGE
    assert "closing the eID connection failed: RuntimeError" in caplog.text


def test_an_unexpected_failure_preparing_ausweisapp_is_logged_not_lost(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def broken(self: object, timeout: float = 30.0) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(AusweisAppProcess, "start", broken)
    listener = EidHeard()
    service = EidService(EidConfig("start", tc_token_url="https://x.invalid/tc"), listener)
    try:
        service.prepare().result(10)  # does not raise: logged
        assert "starting AusweisApp failed unexpectedly" in caplog.text
        service.info().result(10)  # the next workflow reports the failure to the UI
        outcome = listener.outcome.result(5)
    finally:
        service.stop()
    assert isinstance(outcome.error, EidProtocolError)
