"""The eID option in the kiosk's identify screen, with the real AusweisApp2 behind it.

The eID server is unreachable (a TcToken URL on 127.0.0.1 where nothing
listens): the real AusweisApp ends RUN_AUTH with trustedChannelEstablishmentFailed
and the kiosk says so honestly, offering the other ways; the application then
records which identification was used.
"""

from __future__ import annotations

import logging
import socket

import pytest
from ausweisapp import ausweisapp  # noqa: F401 - the fixture
from helpers_sync import sender_settings

from devices.eid.ausweisapp import AusweisAppProcess
from devices.eid.messages import Card, Reader, Secret
from devices.eid.service import EidConfig
from devices.eid.workflow import SecretKind, SecretRequest
from sync.reference.server import stored_case
from ui.eid_bridge import EidBridge
from ui.qt import QLineEdit, Qt, QWidget
from ui.screens.eid import EidPanel
from ui.screens.identify import IdentifyScreen
from ui.tools.journey import SAMPLE_ADDRESS, SAMPLE_IDENTITY, JourneyDriver

LEFT = Qt.MouseButton.LeftButton
# The kiosk under test has no card reader, so the offer leaves card reading out.
OFFLINE_DE = ("Die Online-Ausweisfunktion ist gerade nicht erreichbar. Sie können Ihre Daten "
              "stattdessen eintippen oder Ihren Ausweis am Schalter prüfen lassen.")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _to_identify(kiosk) -> tuple[JourneyDriver, IdentifyScreen]:  # type: ignore[no-untyped-def]
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("de")
    drive.choose_service("meldebescheinigung-einfach")
    assert drive.screen == "identify"
    screen = kiosk.window.current_screen()
    assert isinstance(screen, IdentifyScreen)
    return drive, screen


def test_unreachable_eid_server_shows_the_offline_message_and_records_the_choice(
        qtbot, kiosk_factory, intake, ausweisapp: AusweisAppProcess) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    kiosk = kiosk_factory(intake.url, **sender_settings(intake), eid_mode="connect",
                          eid_url=ausweisapp.url, eid_tc_token_url=f"http://127.0.0.1:{closed_port()}/tcToken")
    drive, screen = _to_identify(kiosk)
    assert screen.eid_button.isVisible()
    assert screen.eid_button.text() == "Mit Online-Ausweis anmelden"
    drive.click(screen.eid_button)
    panel = screen.eid_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.state == "result", timeout=60_000)
    assert panel.isVisible()
    assert panel.text.text() == OFFLINE_DE
    assert panel.outcome is not None
    assert panel.outcome.offline
    assert panel.typed_button.isVisible()
    assert panel.counter_button.isVisible()
    assert not panel.card_button.isVisible()
    assert panel.counter_button.text() == "Ausweis am Schalter prüfen lassen"
    drive.click(panel.counter_button)
    assert not panel.isVisible()
    assert kiosk.window.journey.identity.identification == "visual_check"

    # The rest of the journey as usual; the stored application says how it was identified.
    drive.fill(SAMPLE_IDENTITY)
    drive.next()
    drive.fill(SAMPLE_ADDRESS)
    drive.next()
    drive.fill({"purpose": "landlord"})
    drive.next()
    assert drive.screen == "review"
    drive.next()
    drive.sign()
    drive.next()
    drive.pay("counter")
    qtbot.waitUntil(lambda: drive.screen == "receipt", timeout=20_000)
    receipt = kiosk.window.current_screen()
    qtbot.waitUntil(lambda: receipt.state == "sent", timeout=20_000)
    metadata, _pdf = stored_case(intake.data_dir, receipt.case_id)  # type: ignore[misc]
    assert metadata["metadata"]["identification"] == "visual_check"
    assert metadata["metadata"]["identification_detail"] == {
        "eid_result_major": "error", "eid_result_minor": "trustedChannelEstablishmentFailed"}


def test_ausweisapp_not_running_is_the_same_honest_offline_message(
        qtbot, kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory(eid_mode="connect",
                          eid_url=f"ws://127.0.0.1:{closed_port()}/eID-Kernel",
                          eid_tc_token_url="https://eid.example.invalid/tcToken")
    drive, screen = _to_identify(kiosk)
    drive.click(screen.eid_button)
    panel = screen.eid_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.state == "result", timeout=20_000)
    assert panel.text.text() == OFFLINE_DE
    drive.click(panel.typed_button)
    assert kiosk.window.journey.identity.identification == "typed"
    kiosk.window.end_session("cancelled")
    assert kiosk.window.journey.identity.identification == "typed"


def test_no_eid_option_when_not_configured(kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory()
    _drive, screen = _to_identify(kiosk)
    assert not screen.eid_button.isVisible()
    assert kiosk.backend.eid is None


def test_pin_pad_masks_sends_once_and_clears(qtbot, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import set_language

    caplog.set_level(logging.DEBUG)
    set_language("de")
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1000, 700)
    bridge = EidBridge(EidConfig("connect", tc_token_url="https://x.invalid/tc"))
    sent: list[str] = []
    bridge.answer = lambda value: sent.append(  # type: ignore[method-assign]
        value.reveal() if isinstance(value, Secret) else repr(value))
    panel = EidPanel(bridge, host)
    panel.show()
    reader = Reader("cyberJack", keypad=False, card=Card(2))
    bridge.secretRequested.emit(SecretRequest(SecretKind.PIN, reader))
    assert panel.state == "secret"
    assert "Verbleibende Versuche: 2" in panel.pin_note.text()
    assert panel.pin_field.echoMode() == QLineEdit.EchoMode.Password
    buttons = {b.text(): b for b in panel.digit_buttons}
    for digit in "49381":
        qtbot.mouseClick(buttons[digit], LEFT)
    assert not panel.send_button.isEnabled()  # 5 digits: not yet
    qtbot.mouseClick(buttons["7"], LEFT)
    assert "493817" not in panel.pin_field.text()
    assert panel.send_button.isEnabled()
    qtbot.mouseClick(panel.send_button, LEFT)
    assert sent == ["493817"]
    assert panel.pin_field.text() == ""
    assert panel._digits == []
    assert panel.state == "working"
    assert "493817" not in caplog.text


def test_kiosk_starts_ausweisapp_itself_and_stops_it(qtbot, kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory(eid_mode="start",
                          eid_tc_token_url=f"http://127.0.0.1:{closed_port()}/tcToken")
    drive, screen = _to_identify(kiosk)
    drive.click(screen.eid_button)
    panel = screen.eid_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.state == "result", timeout=60_000)
    assert panel.outcome is not None
    assert panel.outcome.result is not None  # the real AusweisApp answered RUN_AUTH
    assert panel.outcome.offline
    assert panel.text.text() == OFFLINE_DE
    service = kiosk.backend.eid.service
    process = service._process
    assert process is not None
    assert process.running
    workdir = process.workdir
    kiosk.shutdown()
    assert not process.running
    assert not workdir.exists()
